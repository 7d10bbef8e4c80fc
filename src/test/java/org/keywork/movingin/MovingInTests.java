package org.keywork.movingin;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.PortalPeople;
import org.keywork.TestClock;
import org.keywork.TestPeople;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Moving-in checklists as administrators, staff, the person and a peer meet them: the
 * template copied when a checklist starts (and never again), progress, ticking and
 * changing items (validation, optimistic locking), overdue items on the caseload, the
 * person's page, the timeline, the portal, and who is refused.
 */
@KeyworkTest
class MovingInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	TestClock clock;

	@Nested
	class TheTemplate {

		@Test
		void isCopiedWhenAChecklistStartsAndALaterChangeLeavesStartedChecklistsAlone() throws Exception {
			String label = TestPeople.uniqueName("Template item");
			mvc.perform(post("/admin/moving-in/new").with(csrf())
				.with(users.as("admin"))
				.param("label", label)
				.param("position", "99999")
				.param("active", "true")).andExpect(status().is3xxRedirection());
			long templateItem = jdbc.sql("select id from moving_in_template_item where label = ?")
				.param(label)
				.query(Long.class)
				.single();
			List<String> active = jdbc
				.sql("select label from moving_in_template_item where active order by position, id")
				.query(String.class)
				.list();

			long before = person("Moving Template Before");
			start(before);
			assertThat(labels(before)).isEqualTo(active).contains(label);

			// the administrator renames the item and takes it out of use
			mvc.perform(post("/admin/moving-in/{t}/edit", templateItem).with(csrf())
				.with(users.as("admin"))
				.param("label", label + " renamed")
				.param("position", "99999")
				.param("_active", "on")
				.param("version", "0")).andExpect(status().is3xxRedirection());
			assertThat(page("/admin/moving-in", "admin")).contains(label + " renamed", "Not in use");

			assertThat(labels(before)).isEqualTo(active).contains(label);
			assertThat(page("/service-users/" + before + "/moving-in", "worker")).contains(label)
				.doesNotContain(label + " renamed");
			long after = person("Moving Template After");
			start(after);
			assertThat(labels(after)).doesNotContain(label, label + " renamed").hasSize(active.size() - 1);
		}

		@Test
		void isForAdministratorsOnlyAndAStaleChangeIsExplained() throws Exception {
			mvc.perform(get("/admin/moving-in").with(users.as("worker"))).andExpect(status().isForbidden());
			mvc.perform(get("/admin/moving-in").with(users.as("manager"))).andExpect(status().isForbidden());
			mvc.perform(post("/admin/moving-in/new").with(csrf()).with(users.as("worker")).param("label", "Sneaky"))
				.andExpect(status().isForbidden());
			assertThat(page("/admin/moving-in", "admin")).contains("Moving-in checklist template",
					"Registered with a GP", "<caption");
			String wrong = mvc
				.perform(post("/admin/moving-in/new").with(csrf())
					.with(users.as("admin"))
					.param("label", "")
					.param("position", "abc"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(wrong).contains("govuk-error-summary", "Enter what needs doing", "value=\"abc\"");

			String label = TestPeople.uniqueName("Stale template item");
			mvc.perform(post("/admin/moving-in/new").with(csrf())
				.with(users.as("admin"))
				.param("label", label)
				.param("position", "99998")).andExpect(status().is3xxRedirection());
			long id = jdbc.sql("select id from moving_in_template_item where label = ?")
				.param(label)
				.query(Long.class)
				.single();
			mvc.perform(post("/admin/moving-in/{t}/edit", id).with(csrf())
				.with(users.as("admin"))
				.param("label", label)
				.param("position", "99998")
				.param("_active", "on")
				.param("version", "0")).andExpect(status().is3xxRedirection());
			String stale = mvc
				.perform(post("/admin/moving-in/{t}/edit", id).with(csrf())
					.with(users.as("admin"))
					.param("label", "Typed in the stale form")
					.param("position", "99998")
					.param("version", "0"))
				.andExpect(status().isConflict())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(stale).contains("Someone else changed this item", "Typed in the stale form");
			// out of use after all, so that other tests' checklists do not gain it
			assertThat(jdbc.sql("select active from moving_in_template_item where id = ?")
				.param(id)
				.query(Boolean.class)
				.single()).isFalse();
		}

	}

	@Nested
	class AWorker {

		@Test
		void ticksItemsAndSeesProgressOnTheChecklistThePersonPageAndTheTimeline() throws Exception {
			long person = person("Moving Progress");
			assertThat(page("/service-users/" + person, "worker")).contains("id=\"moving-in\"",
					"No moving-in checklist has been started");
			start(person);
			List<Long> items = itemIds(person);
			int total = items.size();
			assertThat(total).isPositive();
			tick(person, items.get(0), 0).andExpect(status().is3xxRedirection());
			tick(person, items.get(1), 0).andExpect(status().is3xxRedirection());

			String checklist = page("/service-users/" + person + "/moving-in", "worker");
			assertThat(checklist).contains("2 of " + total + " done", "<progress", "value=\"2\"",
					"max=\"" + total + "\"");
			// each button names its item for screen readers
			assertThat(checklist).contains("Mark done<span class=\"govuk-visually-hidden\">: ");
			String personPage = page("/service-users/" + person, "worker");
			assertThat(personPage).contains("id=\"moving-in\"", "2 of " + total + " done", "Next to do");
			assertThat(page("/service-users/" + person + "?kind=moving_in", "worker"))
				.contains("Moving-in checklist started")
				.doesNotContain("Moving-in checklist complete");
			assertThat(jdbc.sql(
					"select done_by = (select id from account where username = 'worker') from moving_in_item where id = ?")
				.param(items.get(0))
				.query(Boolean.class)
				.single()).isTrue();

			for (Long item : items.subList(2, total)) {
				tick(person, item, 0).andExpect(status().is3xxRedirection());
			}
			assertThat(page("/service-users/" + person + "/moving-in", "worker"))
				.contains(total + " of " + total + " done", "Complete");
			assertThat(page("/service-users/" + person + "?kind=moving_in", "worker"))
				.contains("Moving-in checklist complete");
			// an item added later makes it incomplete again
			mvc.perform(addItem(person, "Buy a kettle", "", "", "")).andExpect(status().is3xxRedirection());
			assertThat(page("/service-users/" + person + "/moving-in", "worker"))
				.contains(total + " of " + (total + 1) + " done");
			assertThat(jdbc.sql("select completed_at is null from moving_in_checklist where service_user_id = ?")
				.param(person)
				.query(Boolean.class)
				.single()).isTrue();
		}

		@Test
		void addsAnItemToOnePersonOnlyAndIsToldWhatIsWrongKeepingWhatWasTyped() throws Exception {
			long person = person("Moving Add");
			long other = person("Moving Add Other");
			start(person);
			start(other);
			int before = itemIds(other).size();
			String wrong = mvc.perform(addItem(person, "", "OTHER", "", "Typed note kept"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(wrong).contains("govuk-error-summary", "Enter what needs doing", "Enter who else does it",
					"Typed note kept");
			String noStaff = mvc.perform(addItem(person, "Typed label kept", "STAFF", "", ""))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			String newForm = page("/service-users/" + person + "/moving-in/items/new", "worker");
			assertThat(newForm).containsPattern("<option value=\"" + workerId() + "\" selected=\"selected\"");
			assertThat(noStaff).contains("Choose the member of staff who does it", "value=\"Typed label kept\"");

			mvc.perform(addItem(person, "Pet insurance", "OTHER", "Their sister", ""))
				.andExpect(status().is3xxRedirection());
			assertThat(page("/service-users/" + person + "/moving-in", "worker")).contains("Pet insurance",
					"Their sister");
			assertThat(labels(person)).contains("Pet insurance");
			assertThat(labels(other)).doesNotContain("Pet insurance").hasSize(before);
		}

		@Test
		void changesAnItemAndAStaleChangeIsRefusedKeepingWhatWasTyped() throws Exception {
			long person = person("Moving Stale");
			start(person);
			long item = itemIds(person).get(0);
			String label = labels(person).get(0);
			assertThat(page("/service-users/" + person + "/moving-in/items/" + item + "/edit", "worker"))
				.contains("value=\"" + label + "\"");
			mvc.perform(change(person, item, 0, "First change")).andExpect(status().is3xxRedirection());
			String stale = mvc.perform(change(person, item, 0, "Typed in the stale form"))
				.andExpect(status().isConflict())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(stale).contains("Someone else changed this item", "Typed in the stale form");
			assertThat(
					jdbc.sql("select note from moving_in_item where id = ?").param(item).query(String.class).single())
				.isEqualTo("First change");
			// ticking with the old version is a conflict too
			tick(person, item, 0).andExpect(status().isConflict());
			assertThat(jdbc.sql("select done_on is null from moving_in_item where id = ?")
				.param(item)
				.query(Boolean.class)
				.single()).isTrue();
		}

		@Test
		void seesAnOverdueItemOnTheCaseloadOnceItsDayHasPassed() throws Exception {
			long person = person("Moving Overdue");
			start(person);
			long item = itemIds(person).get(0);
			String label = TestPeople.uniqueName("Set up the broadband");
			LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
			mvc.perform(post("/service-users/{id}/moving-in/items/{i}", person, item).with(csrf())
				.with(users.as("worker"))
				.param("label", label)
				.param("who", "LANDLORD")
				.param("dueOn", today.plusDays(2).toString())
				.param("version", "0")).andExpect(status().is3xxRedirection());
			assertThat(page("/caseload", "worker")).doesNotContain(label);
			try (TestClock.Moved moved = clock.movedBy(Duration.ofDays(4))) {
				assertThat(page("/caseload", "worker")).contains("Moving in: " + label);
				assertThat(page("/service-users/" + person, "worker")).contains(label, "Overdue");
				assertThat(page("/caseload", "worker2")).doesNotContain(label);
				tick(person, item, 1).andExpect(status().is3xxRedirection());
				assertThat(page("/caseload", "worker")).doesNotContain(label);
			}
		}

	}

	@Nested
	class WhoSeesWhat {

		@Test
		void anotherTeamAndAPeerAreNotFoundAndCannotChangeAnything() throws Exception {
			long person = person("Moving Reach");
			start(person);
			long item = itemIds(person).get(0);
			TestPeople.peer("peer").linkedTo(person).scope("NOTES").save(mvc, users, jdbc);
			for (String outsider : List.of("worker2", "citymanager", "peer")) {
				mvc.perform(get("/service-users/{id}/moving-in", person).with(users.as(outsider)))
					.andExpect(status().isNotFound());
				mvc.perform(get("/service-users/{id}/moving-in/items/{i}/edit", person, item).with(users.as(outsider)))
					.andExpect(status().isNotFound());
				mvc.perform(post("/service-users/{id}/moving-in/items/{i}/done", person, item).with(csrf())
					.with(users.as(outsider))
					.param("version", "0")).andExpect(status().isNotFound());
				mvc.perform(post("/service-users/{id}/moving-in", person).with(csrf()).with(users.as(outsider)))
					.andExpect(status().isNotFound());
			}
			assertThat(page("/service-users/" + person, "peer")).doesNotContain("id=\"moving-in\"");
			assertThat(page("/service-users/" + person + "?kind=moving_in", "peer"))
				.doesNotContain("Moving-in checklist started");
			// an item of someone else is not found under this person
			long other = person("Moving Reach Other");
			start(other);
			mvc.perform(post("/service-users/{id}/moving-in/items/{i}/done", other, item).with(csrf())
				.with(users.as("worker"))
				.param("version", "0")).andExpect(status().isNotFound());
			// a forged POST without the CSRF token changes nothing
			mvc.perform(post("/service-users/{id}/moving-in/items/{i}/done", person, item).with(users.as("worker"))
				.param("version", "0"))
				.andExpect(result -> assertThat(String.valueOf(result.getResponse().getRedirectedUrl()))
					.doesNotContain("moving-in"));
			assertThat(jdbc.sql("select count(*) from moving_in_item where id = ? and done_on is not null")
				.param(item)
				.query(Long.class)
				.single()).isZero();
		}

		@Test
		void thePersonSeesTheirChecklistInThePortalAndMarksTheirOwnItemsDone() throws Exception {
			long person = PortalPeople.withAccount(mvc, users, jdbc, encoder, "Moving Portal");
			String me = PortalPeople.username(person);
			assertThat(page("/my-support", me)).contains("/my-support/moving-in");
			assertThat(page("/my-support/moving-in", me)).contains("Nothing here yet");
			start(person);
			List<Long> items = itemIds(person);
			long mine = items.get(0);
			long notMine = items.get(1);
			mvc.perform(post("/service-users/{id}/moving-in/items/{i}", person, mine).with(csrf())
				.with(users.as("worker"))
				.param("label", "Collect the keys")
				.param("who", "PERSON")
				.param("note", "From the housing office")
				.param("version", "0")).andExpect(status().is3xxRedirection());

			String portal = page("/my-support/moving-in", me);
			assertThat(portal).contains("Moving in", "0 of " + items.size() + " done", "Collect the keys",
					"From the housing office", "I have done this", "Not agreed yet");
			// only their own items may be marked by them
			mvc.perform(post("/my-support/moving-in/items/{i}/done", notMine).with(csrf())
				.with(users.as(me))
				.param("version", "0")).andExpect(status().isNotFound());
			mvc.perform(post("/my-support/moving-in/items/{i}/done", mine).with(csrf())
				.with(users.as(me))
				.param("version", "1")).andExpect(status().is3xxRedirection());
			assertThat(page("/my-support/moving-in", me)).contains("1 of " + items.size() + " done", "by you");
			String name = jdbc.sql("select legal_name from service_user where id = ?")
				.param(person)
				.query(String.class)
				.single();
			assertThat(page("/service-users/" + person + "/moving-in", "worker")).contains("recorded by " + name);
			// an item of someone else is not found from another person's portal
			mvc.perform(post("/my-support/moving-in/items/{i}/done", notMine).with(csrf())
				.with(users.as("serviceuser"))
				.param("version", "0")).andExpect(status().isNotFound());
			// the staff pages are not the person's
			mvc.perform(get("/service-users/{id}/moving-in", person).with(users.as(me)))
				.andExpect(status().isForbidden());
		}

	}

	private long person(String name) throws Exception {
		return TestPeople.named(TestPeople.uniqueName(name)).save(mvc, users, jdbc);
	}

	private void start(long person) throws Exception {
		mvc.perform(post("/service-users/{id}/moving-in", person).with(csrf()).with(users.as("worker")))
			.andExpect(status().is3xxRedirection());
	}

	private ResultActions tick(long person, long item, long version) throws Exception {
		return mvc.perform(post("/service-users/{id}/moving-in/items/{i}/done", person, item).with(csrf())
			.with(users.as("worker"))
			.param("version", String.valueOf(version)));
	}

	private MockHttpServletRequestBuilder addItem(long person, String label, String who, String whoOther, String note) {
		return post("/service-users/{id}/moving-in/items", person).with(csrf())
			.with(users.as("worker"))
			.param("label", label)
			.param("who", who)
			.param("whoOther", whoOther)
			.param("note", note);
	}

	private MockHttpServletRequestBuilder change(long person, long item, long version, String note) {
		return post("/service-users/{id}/moving-in/items/{i}", person, item).with(csrf())
			.with(users.as("worker"))
			.param("label", "Keys collected")
			.param("who", "STAFF")
			.param("whoStaffId",
					String.valueOf(
							jdbc.sql("select id from account where username = 'worker'").query(Long.class).single()))
			.param("note", note)
			.param("version", String.valueOf(version));
	}

	private long workerId() {
		return jdbc.sql("select id from account where username = 'worker'").query(Long.class).single();
	}

	private List<Long> itemIds(long person) {
		return jdbc.sql("select id from moving_in_item where service_user_id = ? order by position, id")
			.param(person)
			.query(Long.class)
			.list();
	}

	private List<String> labels(long person) {
		return jdbc.sql("select label from moving_in_item where service_user_id = ? order by position, id")
			.param(person)
			.query(String.class)
			.list();
	}

	private String page(String path, String username) throws Exception {
		return mvc.perform(get(path).with(users.as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
