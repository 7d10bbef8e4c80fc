package org.keywork.contacts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestPeople;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KeyworkTest
class RestrictedContactNotesTests extends ContactNoteTestBase {

	@Test
	void onlyTheAuthorTheKeyworkerAndTheTeamsManagersReadIt() throws Exception {
		long person = person("Restricted");
		TestPeople.peer("peer")
			.linkedTo(person)
			.scope("NOTES")
			.agreedOn(LocalDate.of(2026, 1, 1))
			.save(mvc, users, jdbc);
		String secret = "Disclosed something private " + TestPeople.uniqueName("x");
		long id = save(person, "manager", secret, "restricted", "true", "restrictedReason", "Asked to keep it close");
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
