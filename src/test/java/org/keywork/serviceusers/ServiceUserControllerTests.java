package org.keywork.serviceusers;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;
import org.keywork.TestUsers;
import org.keywork.timeline.Timeline;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KeyworkTest
class ServiceUserControllerTests {

	private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoIds ids;

	long north;

	long city;

	@BeforeEach
	void teams() {
		north = teamId("North Housing First");
		city = teamId("City Floating Support");
	}

	@Nested
	class Creating {

		@Test
		void workerCreatesAPersonAndFindsThemInTheList() throws Exception {
			String name = uniqueName("Rowan Test");
			MvcResult created = mvc.perform(create(name, "1990-05-01").with(users.as("worker")))
				.andExpect(status().isFound())
				.andExpect(redirectedUrlPattern("/service-users/*"))
				.andReturn();
			String location = created.getResponse().getRedirectedUrl();
			mvc.perform(get(location).with(users.as("worker")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(name)))
				.andExpect(content().string(containsString("KW-")))
				.andExpect(content().string(containsString("Sam Okafor")));
			mvc.perform(get("/service-users").param("q", name.substring(0, 14)).with(users.as("worker")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(name)));
			long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
			assertThat(jdbc.sql("select count(*) from keyworker_assignment where service_user_id = ?")
				.param(id)
				.query(Long.class)
				.single()).isEqualTo(1);
		}

		@Test
		void invalidInputIsShownAgainWithErrorsLinkedToFields() throws Exception {
			mvc.perform(post("/service-users").with(csrf())
				.with(users.as("worker"))
				.param("legalName", "")
				.param("preferredName", "Kept Preferred")
				.param("email", "not-an-email")
				.param("dateOfBirth", "2999-01-01")
				.param("teamId", String.valueOf(north))
				.param("status", "MOVED_ON"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("There is a problem")))
				.andExpect(content().string(containsString("href=\"#legalName\"")))
				.andExpect(content().string(containsString("href=\"#email\"")))
				.andExpect(content().string(containsString("href=\"#dateOfBirth\"")))
				.andExpect(content().string(containsString("href=\"#moveOnReason\"")))
				.andExpect(content().string(containsString("Enter the person&#39;s legal name")))
				.andExpect(content().string(containsString("value=\"Kept Preferred\"")))
				.andExpect(content().string(containsString("value=\"not-an-email\"")));
		}

		@Test
		void aMatchingNameAndDateOfBirthWarnsAndOffersTheExistingRecord() throws Exception {
			String name = uniqueName("Alex Duplicate");
			mvc.perform(create(name, "1980-02-02").with(users.as("worker"))).andExpect(status().isFound());
			mvc.perform(create(name.toUpperCase(), "1980-02-02").with(users.as("worker")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("already has a record")))
				.andExpect(content().string(containsString("Open the record for " + name)));
			mvc.perform(create(name, "1980-02-02").param("notADuplicate", "true").with(users.as("worker")))
				.andExpect(status().isFound());
			assertThat(jdbc.sql("select count(*) from service_user where lower(legal_name) = lower(?)")
				.param(name)
				.query(Long.class)
				.single()).isEqualTo(2);
		}

		@Test
		void aWorkerCannotCreateInAnotherTeam() throws Exception {
			String name = uniqueName("Other Team");
			mvc.perform(post("/service-users").with(csrf())
				.with(users.as("worker"))
				.param("legalName", name)
				.param("teamId", String.valueOf(city))
				.param("status", "REFERRED"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Choose one of your own teams")));
			assertThat(countNamed(name)).isZero();
		}

	}

	@Nested
	class WhoMaySee {

		@Test
		void workerOfAnotherTeamGetsNotFoundAndNoName() throws Exception {
			long id = createdBy("worker", uniqueName("Hidden Person"));
			mvc.perform(get("/service-users/" + id).with(users.as("worker2")))
				.andExpect(status().isNotFound())
				.andExpect(content().string(not(containsString("Hidden Person"))));
			mvc.perform(get("/service-users/" + id + "/edit").with(users.as("worker2")))
				.andExpect(status().isNotFound());
		}

		@Test
		void unknownIdIsNotFound() throws Exception {
			mvc.perform(get("/service-users/99999999").with(users.as("worker"))).andExpect(status().isNotFound());
		}

		@Test
		void adminAndServiceUserAreForbiddenFromCaseRecords() throws Exception {
			long id = createdBy("worker", uniqueName("Admin Cannot"));
			mvc.perform(get("/service-users/" + id).with(users.as("admin"))).andExpect(status().isForbidden());
			mvc.perform(get("/service-users").with(users.as("admin"))).andExpect(status().isForbidden());
			mvc.perform(get("/service-users/" + id).with(users.as("serviceuser"))).andExpect(status().isForbidden());
		}

		@Test
		void linkedPeerSeesALimitedViewAndCannotEdit() throws Exception {
			long jamie = demoPerson("Jamie Brooks");
			mvc.perform(get("/service-users/" + jamie).with(users.as("peer")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Jamie")))
				.andExpect(content().string(not(containsString("Date of birth"))))
				.andExpect(content().string(not(containsString("07700"))))
				.andExpect(content().string(not(containsString("Edit details"))))
				// the records navigation offers only what the link's scope (notes) lets
				// the peer open
				.andExpect(content().string(containsString("href=\"/service-users/" + jamie + "/action-plan\"")))
				.andExpect(content().string(not(containsString("href=\"/service-users/" + jamie + "/safety-plan\""))))
				.andExpect(content().string(not(containsString("href=\"/service-users/" + jamie + "/outcomes\""))))
				.andExpect(
						content().string(not(containsString("href=\"/service-users/" + jamie + "/support-overview\""))))
				// and the timeline filter only kinds the peer may meet
				.andExpect(content().string(containsString("<option value=\"NOTE\"")))
				.andExpect(content().string(not(containsString("<option value=\"INTENSITY\""))))
				.andExpect(content().string(not(containsString("<option value=\"KEYWORKER\""))));
			mvc.perform(get("/service-users/" + jamie).with(users.as("worker")))
				.andExpect(content().string(containsString("href=\"/service-users/" + jamie + "/safety-plan\"")))
				.andExpect(content().string(containsString("href=\"/service-users/" + jamie + "/outcomes\"")))
				.andExpect(content().string(containsString("<option value=\"INTENSITY\"")));
			mvc.perform(get("/service-users/" + jamie + "/edit").with(users.as("peer")))
				.andExpect(status().isForbidden());
		}

		@Test
		void peerNotLinkedGetsNotFound() throws Exception {
			long other = demoPerson("Ronald Pike");
			mvc.perform(get("/service-users/" + other).with(users.as("peer"))).andExpect(status().isNotFound());
		}

		@Test
		void listOnlyShowsTheTeamsOwnPeople() throws Exception {
			mvc.perform(get("/service-users").param("q", "Kwame").with(users.as("worker")))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("Kwame Mensah"))));
			mvc.perform(get("/service-users").param("q", "Kwame").with(users.as("worker2")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Kwame Mensah")));
		}

	}

	@Nested
	class Editing {

		@Test
		void staleVersionShowsTheConflictAndChangesNothing() throws Exception {
			String name = uniqueName("Conflict Person");
			long id = createdBy("worker", name);
			long version = version(id);
			mvc.perform(edit(id, name, "First Change", version).with(users.as("worker"))).andExpect(status().isFound());
			mvc.perform(edit(id, name, "Second Change", version).with(users.as("manager")))
				.andExpect(status().isConflict())
				.andExpect(content().string(containsString("Someone else changed this record")))
				.andExpect(content().string(containsString("value=\"Second Change\"")))
				.andExpect(content().string(containsString("First Change")));
			assertThat(jdbc.sql("select preferred_name from service_user where id = ?")
				.param(id)
				.query(String.class)
				.single()).isEqualTo("First Change");
		}

		@Test
		void editWithCurrentVersionSaves() throws Exception {
			String name = uniqueName("Edit Person");
			long id = createdBy("worker", name);
			mvc.perform(edit(id, name, "Eddie", version(id)).with(users.as("worker")))
				.andExpect(status().isFound())
				.andExpect(flash().attributeExists("flashSuccess"));
			mvc.perform(get("/service-users/" + id).with(users.as("worker")))
				.andExpect(content().string(containsString("Eddie")));
		}

	}

	@Nested
	class Keyworkers {

		@Test
		void managerChangesKeyworkerWithAReasonKeptInHistory() throws Exception {
			long id = createdBy("worker", uniqueName("Switch Person"));
			long jordan = accountId("jordan");
			mvc.perform(post("/service-users/" + id + "/keyworker").with(csrf())
				.with(users.as("manager"))
				.param("keyworkerId", String.valueOf(jordan))
				.param("reason", "The person asked for a change")
				.param("version", String.valueOf(version(id)))).andExpect(status().isFound());
			assertThat(
					jdbc.sql("select keyworker_id from service_user where id = ?").param(id).query(Long.class).single())
				.isEqualTo(jordan);
			assertThat(jdbc
				.sql("select count(*) from keyworker_assignment where service_user_id = ? and ended_at is not null")
				.param(id)
				.query(Long.class)
				.single()).isEqualTo(1);
			mvc.perform(get("/service-users/" + id).with(users.as("manager")))
				.andExpect(content().string(containsString("The person asked for a change")));
		}

		@Test
		void theFormNamesTheKeyworkerOffersTheTeamsStaffAndShowsTheHistory() throws Exception {
			long id = createdBy("worker", uniqueName("Form Person"));
			String worker = displayName("worker");
			mvc.perform(get("/service-users/" + id + "/keyworker").with(users.as("manager")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Current keyworker: " + worker)))
				.andExpect(content().string(containsString(
						"<option value=\"" + accountId("jordan") + "\">" + displayName("jordan") + "</option>")))
				.andExpect(content().string(containsString("Keyworker when the record was created")));
		}

		@Test
		void theTimelineIsPagedWithItsTotalEvenPastTheLastPage() throws Exception {
			long id = createdBy("worker", uniqueName("Paged Person"));
			for (int i = 1; i <= Timeline.PAGE_SIZE + 4; i++) {
				jdbc.sql("""
						insert into keyworker_assignment (service_user_id, keyworker_id, started_at, reason, changed_by)
						values (?, ?, now() - make_interval(days => ?), ?, ?)
						""").params(id, accountId("jordan"), i, "Change number " + i, accountId("manager")).update();
			}
			// 25 entries: the created one and 24 changes; past the last page the total
			// is counted on its own
			mvc.perform(get("/service-users/" + id).param("kind", "keyworker").with(users.as("worker")))
				.andExpect(content().string(containsString("Page 1 of 2")));
			mvc.perform(
					get("/service-users/" + id).param("kind", "keyworker").param("page", "1").with(users.as("worker")))
				.andExpect(content().string(containsString("Page 2 of 2")));
			mvc.perform(
					get("/service-users/" + id).param("kind", "keyworker").param("page", "5").with(users.as("worker")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Page 6 of 2")))
				.andExpect(content().string(not(containsString("Nothing recorded yet."))));
		}

		@Test
		void reasonIsRequired() throws Exception {
			long id = createdBy("worker", uniqueName("No Reason"));
			mvc.perform(post("/service-users/" + id + "/keyworker").with(csrf())
				.with(users.as("manager"))
				.param("keyworkerId", String.valueOf(accountId("jordan")))
				.param("reason", " ")
				.param("version", String.valueOf(version(id))))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Enter the reason for the change")));
		}

		@Test
		void workersCannotReassign() throws Exception {
			long id = createdBy("worker", uniqueName("Worker Reassign"));
			mvc.perform(get("/service-users/" + id + "/keyworker").with(users.as("worker")))
				.andExpect(status().isForbidden());
			mvc.perform(post("/service-users/" + id + "/keyworker").with(csrf())
				.with(users.as("worker"))
				.param("reason", "x")
				.param("version", "0")).andExpect(status().isForbidden());
		}

	}

	@Nested
	class Peers {

		@Test
		void aLinkWithoutThePersonsAgreementIsRefusedWithTheFormKept() throws Exception {
			long id = createdBy("worker", uniqueName("Peer Consent"));
			mvc.perform(get("/service-users/" + id + "/peers/new").with(users.as("worker")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("The Action Plan only")));
			mvc.perform(post("/service-users/" + id + "/peers").with(csrf())
				.with(users.as("worker"))
				.param("peerId", String.valueOf(accountId("peer")))
				.param("consentGivenOn", LocalDate.now().plusDays(3).toString())
				.param("scope", "OVERVIEW"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Confirm that the person agreed to the link")))
				.andExpect(content().string(containsString("cannot be in the future")))
				.andExpect(content().string(containsString("href=\"#consent\"")))
				.andExpect(result -> {
					String page = result.getResponse().getContentAsString();
					int at = page.indexOf("value=\"OVERVIEW\"");
					String tag = page.substring(page.lastIndexOf('<', at), page.indexOf('>', at));
					assertThat(tag).as("the scope chosen stays chosen").contains("checked");
				});
			assertThat(jdbc.sql("select count(*) from peer_link where service_user_id = ?")
				.param(id)
				.query(Long.class)
				.single()).isZero();
		}

		@Test
		void workerLinksAPeerWhoCanThenOpenThePersonAndUnlinks() throws Exception {
			long id = createdBy("worker", uniqueName("Peer Link"));
			long peer = accountId("peer");
			mvc.perform(get("/service-users/" + id).with(users.as("peer"))).andExpect(status().isNotFound());
			mvc.perform(get("/service-users/" + id).with(users.as("worker")))
				.andExpect(content().string(containsString("Link a peer support worker")));
			mvc.perform(post("/service-users/" + id + "/peers").with(csrf())
				.with(users.as("worker"))
				.param("peerId", String.valueOf(peer))
				.param("consent", "true")
				.param("consentGivenOn", LocalDate.now().minusDays(2).toString())
				.param("scope", "NOTES")).andExpect(status().isFound());
			mvc.perform(get("/service-users/" + id).with(users.as("peer"))).andExpect(status().isOk());
			assertThat(jdbc.sql("select scope || ' ' || consent_given_on from peer_link where service_user_id = ?")
				.param(id)
				.query(String.class)
				.single()).isEqualTo("NOTES " + LocalDate.now().minusDays(2));
			mvc.perform(get("/service-users/" + id).with(users.as("worker")))
				.andExpect(content().string(containsString("May see: The Action Plan and the contact notes shared")))
				.andExpect(content().string(containsString("The person agreed on")));
			long link = jdbc.sql("select id from peer_link where service_user_id = ? and ended_at is null")
				.param(id)
				.query(Long.class)
				.single();
			mvc.perform(post("/service-users/" + id + "/peers/" + link + "/end").with(csrf()).with(users.as("worker")))
				.andExpect(status().isFound());
			mvc.perform(get("/service-users/" + id).with(users.as("peer"))).andExpect(status().isNotFound());
		}

	}

	private MockHttpServletRequestBuilder create(String name, String dob) {
		return post("/service-users").with(csrf())
			.param("legalName", name)
			.param("dateOfBirth", dob)
			.param("teamId", String.valueOf(north))
			.param("status", "REFERRED")
			.param("keyworkerId", String.valueOf(accountId("worker")));
	}

	private MockHttpServletRequestBuilder edit(long id, String name, String preferred, long version) {
		return post("/service-users/" + id).with(csrf())
			.param("legalName", name)
			.param("preferredName", preferred)
			.param("teamId", String.valueOf(north))
			.param("status", "REFERRED")
			.param("version", String.valueOf(version));
	}

	private long createdBy(String username, String name) throws Exception {
		String location = mvc.perform(create(name, "1970-01-01").with(users.as(username)))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private static String uniqueName(String base) {
		return base + " " + Long.toString(UNIQUE.incrementAndGet(), 36);
	}

	private long countNamed(String name) {
		return jdbc.sql("select count(*) from service_user where legal_name = ?")
			.param(name)
			.query(Long.class)
			.single();
	}

	private long version(long id) {
		return jdbc.sql("select version from service_user where id = ?").param(id).query(Long.class).single();
	}

	private long teamId(String name) {
		return ids.team(name);
	}

	private String displayName(String username) {
		return jdbc.sql("select display_name from account where username = ?")
			.param(username)
			.query(String.class)
			.single();
	}

	private long accountId(String username) {
		return ids.account(username);
	}

	private long demoPerson(String legalName) {
		return ids.person(legalName);
	}

}
