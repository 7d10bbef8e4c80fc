package org.keywork.movingin;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestClock;
import org.keywork.TestPeople;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KeyworkTest
class MovingInWorkerTests extends MovingInTestBase {

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
		assertThat(checklist).contains("2 of " + total + " done", "<progress", "value=\"2\"", "max=\"" + total + "\"");
		// each button names its item for screen readers
		assertThat(checklist).contains("Mark done<span class=\"govuk-visually-hidden\">: ");
		String personPage = page("/service-users/" + person, "worker");
		assertThat(personPage).contains("id=\"moving-in\"", "2 of " + total + " done", "Next to do");
		assertThat(page("/service-users/" + person + "?kind=moving_in", "worker"))
			.contains("Moving-in checklist started")
			.doesNotContain("Moving-in checklist complete");
		assertThat(jdbc
			.sql("select done_by = (select id from account where username = 'worker') from moving_in_item where id = ?")
			.param(items.get(0))
			.query(Boolean.class)
			.single()).isTrue();

		for (Long item : items.subList(2, total)) {
			tick(person, item, 0).andExpect(status().is3xxRedirection());
		}
		assertThat(page("/service-users/" + person + "/moving-in", "worker")).contains(total + " of " + total + " done",
				"Complete");
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
		assertThat(page("/service-users/" + person + "/moving-in", "worker")).contains("Pet insurance", "Their sister");
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
		assertThat(jdbc.sql("select note from moving_in_item where id = ?").param(item).query(String.class).single())
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
