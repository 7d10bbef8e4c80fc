package org.keywork.contacts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestPeople;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KeyworkTest
class ContactNoteControllerTests {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Nested
	class Recording {

		@Test
		void theQuickFormIsPrefilledAndOneSubmitSaves() throws Exception {
			long person = person("Quick");
			mvc.perform(get("/service-users/{id}/contact-notes/new", person).with(users.as("worker")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("value=\"HOME_VISIT\" selected")))
				.andExpect(content().string(containsString("value=\"60\"")))
				.andExpect(content().string(containsString("data-draft-key=\"keywork.contact-note.")))
				.andExpect(content().string(containsString("/js/contact-note-draft.js")))
				.andExpect(content().string(containsString("<details class=\"govuk-details\"")));
			long id = save(person, "worker", "We planned the week together and Sam helped with the shopping list.",
					"miEvoking", "Talked about getting back to the allotment");
			mvc.perform(get("/service-users/{id}/contact-notes/{n}", person, id).with(users.as("worker")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("We planned the week together")))
				.andExpect(content().string(containsString("Talked about getting back to the allotment")));
			mvc.perform(get("/service-users/{id}", person).with(users.as("worker")))
				.andExpect(content().string(containsString("We planned the week together")));
		}

		@Test
		void aContactInTheFutureIsRefused() throws Exception {
			long person = person("Future");
			mvc.perform(post("/service-users/{id}/contact-notes", person).with(csrf())
				.with(users.as("worker"))
				.param("contactAt", LocalDateTime.now(LONDON).plusDays(1).truncatedTo(ChronoUnit.MINUTES).toString())
				.param("type", "HOME_VISIT")
				.param("note", "Not yet"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("The contact cannot be in the future")));
			assertThat(count(person)).isZero();
		}

		@Test
		void withholdingNeedsAReason() throws Exception {
			long person = person("Withheld");
			mvc.perform(note(person, "About a neighbour").with(users.as("worker")).param("withheld", "true"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Choose why it is not shared with the person")));
			mvc.perform(note(person, "About a neighbour").with(users.as("worker"))
				.param("withheld", "true")
				.param("withheldReason", "THIRD_PARTY")).andExpect(status().isFound());
			assertThat(jdbc.sql("select shared from contact_note where service_user_id = ?")
				.param(person)
				.query(Boolean.class)
				.single()).isFalse();
		}

		@Test
		void aSignalThatDropsOrASessionThatEndsSendsThePostToSignIn() throws Exception {
			long person = person("Expired");
			// the browser still sends the cookie of a session that has ended (sessions
			// live
			// in the database and the cookie carries the id in Base64, ADR 017)
			String ended = java.util.Base64.getEncoder()
				.encodeToString("ended-session".getBytes(java.nio.charset.StandardCharsets.UTF_8));
			mvc.perform(note(person, "Typed while the session ended")
				.cookie(new jakarta.servlet.http.Cookie("JSESSIONID", ended)))
				.andExpect(redirectedUrl("/login?expired"));
			assertThat(count(person)).isZero();
		}

		@Test
		void aPeerRecordsAPeerContact() throws Exception {
			long person = person("Peer");
			TestPeople.peer("peer")
				.linkedTo(person)
				.scope("NOTES")
				.agreedOn(LocalDate.of(2026, 1, 1))
				.save(mvc, users, jdbc);
			save(person, "peer", "Went to the football together. Good to catch up.");
			assertThat(jdbc.sql("select peer_contact from contact_note where service_user_id = ?")
				.param(person)
				.query(Boolean.class)
				.single()).isTrue();
		}

	}

	@Nested
	class Language {

		@Test
		void flagsALabelWithASuggestionAndSavesAnyway() throws Exception {
			long person = person("Language");
			// the browser's session carries the flash to the page the save redirects to
			org.springframework.mock.web.MockHttpSession session = new org.springframework.mock.web.MockHttpSession();
			MvcResult saved = mvc
				.perform(note(person, "Talked about being called an addict at the chemist.").with(users.as("worker"))
					.session(session))
				.andExpect(status().isFound())
				.andExpect(flash().attributeExists("languageFlags"))
				.andReturn();
			assertThat(count(person)).isEqualTo(1);
			mvc.perform(get(saved.getResponse().getRedirectedUrl()).with(users.as("worker")).session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("person who uses drugs")))
				.andExpect(content().string(containsString("addict")));
		}

	}

	@Nested
	class DoubleSubmit {

		@Test
		void theFormCarriesAKeyAndASecondSendOfItFindsTheSavedNote() throws Exception {
			long person = person("Double");
			String form = mvc.perform(get("/service-users/{id}/contact-notes/new", person).with(users.as("worker")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			java.util.regex.Matcher key = java.util.regex.Pattern
				.compile("name=\"submissionKey\" value=\"([0-9a-f-]{36})\"")
				.matcher(form);
			assertThat(key.find()).as("the form's submission key").isTrue();
			org.springframework.mock.web.MockHttpSession session = new org.springframework.mock.web.MockHttpSession();
			String first = mvc
				.perform(note(person, "Sent twice by a double click.").with(users.as("worker"))
					.param("submissionKey", key.group(1))
					.session(session))
				.andExpect(status().isFound())
				.andExpect(flashCode("contactNote.saved"))
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			mvc.perform(note(person, "Sent twice by a double click.").with(users.as("worker"))
				.param("submissionKey", key.group(1))
				.session(session))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl(first))
				.andExpect(flashCode("contactNote.alreadySaved"));
			assertThat(count(person)).isEqualTo(1);
			// a new form (a new key) is a new note
			save(person, "worker", "A second visit.", "submissionKey", java.util.UUID.randomUUID().toString());
			assertThat(count(person)).isEqualTo(2);
		}

		@Test
		void twoSendsAtTheSameMomentSaveOneNoteAndNeitherFails() throws Exception {
			long person = person("Race");
			String key = java.util.UUID.randomUUID().toString();
			int sends = 4;
			java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
			java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(sends);
			try {
				java.util.List<java.util.concurrent.Future<MvcResult>> results = new java.util.ArrayList<>();
				for (int i = 0; i < sends; i++) {
					results.add(pool.submit(() -> {
						start.await();
						return mvc
							.perform(note(person, "Sent from two tabs at once.").with(users.as("worker"))
								.param("submissionKey", key))
							.andReturn();
					}));
				}
				start.countDown();
				java.util.Set<String> locations = new java.util.HashSet<>();
				for (java.util.concurrent.Future<MvcResult> result : results) {
					MvcResult done = result.get(60, java.util.concurrent.TimeUnit.SECONDS);
					assertThat(done.getResponse().getStatus()).isEqualTo(302);
					locations.add(done.getResponse().getRedirectedUrl());
				}
				assertThat(locations).hasSize(1);
				assertThat(count(person)).isEqualTo(1);
			}
			finally {
				pool.shutdownNow();
			}
		}

		@Test
		void theSameKeyForAnotherPersonIsAnotherNoteNeverA500() throws Exception {
			long first = person("Key First");
			long second = person("Key Second");
			String key = java.util.UUID.randomUUID().toString();
			long one = save(first, "worker", "About the first person.", "submissionKey", key);
			long two = save(second, "worker", "About the second person.", "submissionKey", key);
			assertThat(two).isNotEqualTo(one);
			assertThat(count(first)).isEqualTo(1);
			assertThat(count(second)).isEqualTo(1);
		}

		@Test
		void anotherWorkerSendingTheSameKeyDoesNotReachTheNote() throws Exception {
			long person = person("Key Owner");
			String key = java.util.UUID.randomUUID().toString();
			long mine = save(person, "worker", "Mine.", "submissionKey", key);
			long theirs = save(person, "manager", "Theirs.", "submissionKey", key);
			assertThat(theirs).isNotEqualTo(mine);
			assertThat(count(person)).isEqualTo(2);
		}

	}

	@Nested
	class Correcting {

		@Test
		void aCorrectionKeepsTheEarlierVersion() throws Exception {
			long person = person("Correct");
			long id = save(person, "worker", "Visited on Tuesday and fixed the boiler form.");
			long version = jdbc.sql("select version from contact_note where id = ?")
				.param(id)
				.query(Long.class)
				.single();
			mvc.perform(post("/service-users/{id}/contact-notes/{n}/correct", person, id).with(csrf())
				.with(users.as("worker"))
				.param("contactAt", LocalDateTime.now(LONDON).minusHours(1).truncatedTo(ChronoUnit.MINUTES).toString())
				.param("type", "HOME_VISIT")
				.param("durationMinutes", "45")
				.param("note", "Visited on Wednesday and filled in the boiler form together.")
				.param("correctionReason", "Wrong day")
				.param("version", String.valueOf(version))).andExpect(status().isFound());
			assertThat(jdbc.sql("select note from contact_note_version where contact_note_id = ?")
				.param(id)
				.query(String.class)
				.single()).isEqualTo("Visited on Tuesday and fixed the boiler form.");
			mvc.perform(get("/service-users/{id}/contact-notes/{n}", person, id).with(users.as("worker")))
				.andExpect(content().string(containsString("Visited on Wednesday")))
				.andExpect(content().string(containsString("Visited on Tuesday")))
				.andExpect(content().string(containsString("Wrong day")));
		}

		@Test
		void aStaleCorrectionIsShownAgainWithTheTextKept() throws Exception {
			long person = person("Stale");
			long id = save(person, "worker", "First text.");
			mvc.perform(post("/service-users/{id}/contact-notes/{n}/correct", person, id).with(csrf())
				.with(users.as("worker"))
				.param("contactAt", LocalDateTime.now(LONDON).minusHours(1).truncatedTo(ChronoUnit.MINUTES).toString())
				.param("type", "HOME_VISIT")
				.param("note", "My typed correction.")
				.param("correctionReason", "Typo")
				.param("version", "99"))
				.andExpect(status().isConflict())
				.andExpect(content().string(containsString("My typed correction.")));
		}

		@Test
		void anotherWorkerCannotCorrectSomeoneElsesNote() throws Exception {
			long person = person("NotYours");
			long id = save(person, "worker", "Sam's note.");
			mvc.perform(get("/service-users/{id}/contact-notes/{n}/correct", person, id).with(users.as("jordan")))
				.andExpect(status().isForbidden());
		}

	}

	@Nested
	class RestrictedNotes {

		@Test
		void onlyTheAuthorTheKeyworkerAndTheTeamsManagersReadIt() throws Exception {
			long person = person("Restricted");
			TestPeople.peer("peer")
				.linkedTo(person)
				.scope("NOTES")
				.agreedOn(LocalDate.of(2026, 1, 1))
				.save(mvc, users, jdbc);
			String secret = "Disclosed something private " + TestPeople.uniqueName("x");
			long id = save(person, "manager", secret, "restricted", "true", "restrictedReason",
					"Asked to keep it close");
			String jordans = "Jordan restricted " + TestPeople.uniqueName("y");
			long byJordan = save(person, "jordan", jordans, "restricted", "true", "restrictedReason", "Safeguarding");

			for (String reader : new String[] { "manager", "worker" }) {
				readable(person, id, reader, secret);
			}
			readable(person, byJordan, "jordan", jordans);
			for (String outsider : new String[] { "jordan", "peer", "worker2" }) {
				mvc.perform(get("/service-users/{id}/contact-notes/{n}", person, id).with(users.as(outsider)))
					.andExpect(status().isNotFound());
			}
			mvc.perform(get("/service-users/{id}/contact-notes/{n}", person, id).with(users.as("serviceuser")))
				.andExpect(status().isForbidden());
			for (String outsider : new String[] { "jordan", "peer" }) {
				mvc.perform(get("/service-users/{id}", person).with(users.as(outsider)))
					.andExpect(status().isOk())
					.andExpect(content().string(not(containsString(secret))))
					.andExpect(content().string(not(containsString("/contact-notes/" + id + "\""))));
			}
			mvc.perform(get("/service-users/{id}", person).with(users.as("worker2"))).andExpect(status().isNotFound());
		}

		@Test
		void aRestrictedNoteDoesNotShowInTheContactStatusOfThoseWhoCannotReadIt() throws Exception {
			long person = person("Restricted Status");
			LocalDate planned = LocalDate.now(LONDON).plusDays(4);
			String plannedText = planned.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
			save(person, "manager", "Restricted visit " + TestPeople.uniqueName("z"), "restricted", "true",
					"restrictedReason", "Asked to keep it close", "nextContactOn", planned.toString());

			for (String reader : new String[] { "manager", "worker" }) {
				assertThat(contactStatus(person, reader)).as(reader).contains(plannedText).contains("Today");
			}
			// jordan is in the team but neither the author, the keyworker nor a manager
			assertThat(contactStatus(person, "jordan")).doesNotContain(plannedText)
				.doesNotContain("Today")
				.contains("No successful contact yet")
				.contains("Not planned");
		}

		private String contactStatus(long person, String reader) throws Exception {
			String page = mvc.perform(get("/service-users/{id}", person).with(users.as(reader)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			int start = page.indexOf("id=\"contact-status\"");
			assertThat(start).as("contact section for " + reader).isPositive();
			return page.substring(start, page.indexOf("</dl>", start));
		}

		private void readable(long person, long id, String reader, String text) throws Exception {
			mvc.perform(get("/service-users/{id}/contact-notes/{n}", person, id).with(users.as(reader)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(text)));
			mvc.perform(get("/service-users/{id}", person).with(users.as(reader)))
				.andExpect(content().string(containsString(text)));
		}

	}

	/**
	 * The visibility rule (ADR 008) for notes: versions, lifted restrictions and
	 * staff-only details.
	 */
	@Nested
	class VisibilityRule {

		@Test
		void liftingARestrictionNeverShowsWhatWasRestrictedWhenWritten() throws Exception {
			long person = personWithPeer("Lifted");
			String secret = "Restricted original " + TestPeople.uniqueName("r");
			long id = save(person, "manager", secret, "restricted", "true", "restrictedReason", "Kept close at first");
			long version = jdbc.sql("select version from contact_note where id = ?")
				.param(id)
				.query(Long.class)
				.single();
			String lifted = "Shared after review " + TestPeople.uniqueName("s");
			mvc.perform(post("/service-users/{id}/contact-notes/{n}/correct", person, id).with(csrf())
				.with(users.as("manager"))
				.param("contactAt", LocalDateTime.now(LONDON).minusHours(1).truncatedTo(ChronoUnit.MINUTES).toString())
				.param("type", "HOME_VISIT")
				.param("note", lifted)
				.param("correctionReason", "Restriction no longer needed")
				.param("version", String.valueOf(version))).andExpect(status().isFound());

			for (String reader : new String[] { "jordan", "peer" }) {
				mvc.perform(get("/service-users/{id}/contact-notes/{n}", person, id).with(users.as(reader)))
					.andExpect(status().isOk())
					.andExpect(content().string(containsString(lifted)))
					.andExpect(content().string(not(containsString(secret))))
					.andExpect(content().string(not(containsString("Kept close at first"))))
					.andExpect(content().string(not(containsString("data-note-version"))));
			}
			mvc.perform(get("/service-users/{id}/contact-notes/{n}", person, id).with(users.as("worker")))
				.andExpect(content().string(containsString(lifted)))
				.andExpect(content().string(containsString(secret)));
		}

		@Test
		void aStaffOnlyDetailIsReadByStaffAndNeverByAPeer() throws Exception {
			long person = personWithPeer("Detail");
			String shared = "Talked about the noise complaint " + TestPeople.uniqueName("n");
			String detail = "Neighbour at number 4 complained " + TestPeople.uniqueName("d");
			long id = save(person, "worker", shared, "staffOnlyDetail", detail, "staffOnlyReason", "THIRD_PARTY");
			for (String staff : new String[] { "worker", "jordan", "manager" }) {
				mvc.perform(get("/service-users/{id}/contact-notes/{n}", person, id).with(users.as(staff)))
					.andExpect(status().isOk())
					.andExpect(content().string(containsString(detail)))
					.andExpect(content().string(containsString("Not shared with the person")));
			}
			mvc.perform(get("/service-users/{id}/contact-notes/{n}", person, id).with(users.as("peer")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(shared)))
				.andExpect(content().string(not(containsString(detail))));
			mvc.perform(get("/team/withheld").with(users.as("manager")))
				.andExpect(content().string(containsString("Staff-only detail of a contact note")));
		}

		@Test
		void aStaffOnlyDetailNeedsAReasonAndTheFormKeepsIt() throws Exception {
			long person = person("Detail Reason");
			mvc.perform(note(person, "A visit").param("staffOnlyDetail", "Kept text 123").with(users.as("worker")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Choose why the staff-only detail is not shared")))
				.andExpect(content().string(containsString("Kept text 123")));
			assertThat(count(person)).isZero();
		}

		@Test
		void aPeerWhoseLinkDoesNotIncludeNotesReadsNone() throws Exception {
			long person = person("Narrow Peer");
			TestPeople.peer("peer")
				.linkedTo(person)
				.scope("ACTION_PLAN")
				.agreedOn(LocalDate.of(2026, 1, 1))
				.save(mvc, users, jdbc);
			String shared = "Shared but out of the peer's scope " + TestPeople.uniqueName("o");
			long id = save(person, "worker", shared);
			mvc.perform(get("/service-users/{id}/contact-notes/{n}", person, id).with(users.as("peer")))
				.andExpect(status().isNotFound());
			mvc.perform(get("/service-users/{id}", person).with(users.as("peer")))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString(shared))));
		}

		private long personWithPeer(String name) throws Exception {
			long person = person(name);
			TestPeople.peer("peer")
				.linkedTo(person)
				.scope("NOTES")
				.agreedOn(LocalDate.of(2026, 1, 1))
				.save(mvc, users, jdbc);
			return person;
		}

	}

	private long person(String name) throws Exception {
		return TestPeople.activeInNorth(mvc, users, jdbc, TestPeople.uniqueName(name), "worker",
				LocalDate.now(LONDON).minusDays(30));
	}

	private MockHttpServletRequestBuilder note(long person, String text) {
		return post("/service-users/{id}/contact-notes", person).with(csrf())
			.param("contactAt", LocalDateTime.now(LONDON).minusMinutes(5).truncatedTo(ChronoUnit.MINUTES).toString())
			.param("type", "HOME_VISIT")
			.param("durationMinutes", "60")
			.param("note", text);
	}

	private long save(long person, String as, String text, String... more) throws Exception {
		MockHttpServletRequestBuilder request = note(person, text).with(users.as(as));
		for (int i = 0; i < more.length; i += 2) {
			request.param(more[i], more[i + 1]);
		}
		String location = mvc.perform(request)
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private static org.springframework.test.web.servlet.ResultMatcher flashCode(String code) {
		return result -> assertThat(((org.keywork.web.FlashMessage) result.getFlashMap().get("flashSuccess")).code())
			.isEqualTo(code);
	}

	private long count(long person) {
		return jdbc.sql("select count(*) from contact_note where service_user_id = ?")
			.param(person)
			.query(Long.class)
			.single();
	}

}
