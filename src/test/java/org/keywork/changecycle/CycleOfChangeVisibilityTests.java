package org.keywork.changecycle;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.PortalPeople;
import org.keywork.TestPeople;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may see what of the Cycle of Change (ADR 012): peers, another team, the person
 * themselves, the demo data and the callover.
 */
@KeyworkTest
class CycleOfChangeVisibilityTests extends CycleOfChangeSupport {

	@Test
	void aPeerWithoutTheOverviewScopeSeesNothingAndOneWithItSeesSharedIssuesOnly() throws Exception {
		long person = person();
		nameIssue(person, "paying the rent", "CONTEMPLATION", LocalDate.now().minusDays(5), false);
		nameIssue(person, "my cousin's debt", "PREPARATION", LocalDate.now().minusDays(5), true);

		TestPeople.peer("peer").linkedTo(person).scope("NOTES").save(mvc, users, jdbc);
		mvc.perform(get("/service-users/{id}/cycle-of-change", person).with(users.as("peer")))
			.andExpect(status().isNotFound());
		assertThat(page("/service-users/" + person, "peer")).doesNotContain("id=\"cycle-of-change\"", "paying the rent",
				"cousin");

		jdbc.sql("update peer_link set scope = 'OVERVIEW' where service_user_id = ? and ended_at is null")
			.param(person)
			.update();
		String cycle = page("/service-users/" + person + "/cycle-of-change", "peer");
		assertThat(cycle).contains("paying the rent").doesNotContain("cousin", "Record a stage", "Not shared");
		assertThat(page("/service-users/" + person, "peer")).contains("id=\"cycle-of-change\"", "paying the rent")
			.doesNotContain("cousin");

		// staff see both, the withheld one marked with its reason
		assertThat(page("/service-users/" + person + "/cycle-of-change", "worker")).contains("paying the rent",
				"my cousin&#39;s debt", "Not shared with the person");
	}

	@Test
	void anotherTeamsWorkerGetsNotFoundEverywhere() throws Exception {
		long person = person();
		nameIssue(person, "drinking", "CONTEMPLATION", LocalDate.now(), false);
		for (String path : new String[] { "/service-users/" + person + "/cycle-of-change",
				"/service-users/" + person + "/cycle-of-change/issues/new",
				"/service-users/" + person + "/cycle-of-change/stages/new" }) {
			mvc.perform(get(path).with(users.as("worker2"))).andExpect(status().isNotFound());
		}
		mvc.perform(post("/service-users/{id}/cycle-of-change/issues", person).with(csrf())
			.with(users.as("worker2"))
			.param("name", "forged")
			.param("stage", "ACTION")
			.param("on", LocalDate.now().toString())).andExpect(status().isNotFound());
		assertThat(count(person)).isEqualTo(1);
	}

	@Test
	void thePersonSeesTheirSharedIssuesInPlainWordsAndNeverAWithheldOne() throws Exception {
		long person = PortalPeople.withAccount(mvc, users, jdbc, encoder, "Cycle Portal");
		LocalDate march = LocalDate.now().minusMonths(3).withDayOfMonth(2);
		nameIssue(person, "drinking", "CONTEMPLATION", march, false);
		stage(person, issueId(person, "drinking"), "PREPARATION", march.plusMonths(1), "Ready soon.");
		nameIssue(person, "what my brother said", "ACTION", march, true);

		String page = page("/my-support/cycle-of-change", PortalPeople.username(person));
		String month = march.format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.UK));
		assertThat(page).contains("drinking: thinking about it in " + month + ", getting ready to act in ",
				"You said: Ready soon.");
		assertThat(page).doesNotContain("brother");
	}

	@Test
	void theDemoPersonHasAPathWithALapseOneEntryRecordedWithANoteAndAWithheldIssueElsewhere() {
		var drinking = jdbc.sql("""
				select s.stage, s.contact_note_id from cycle_stage s join cycle_issue i on i.id = s.issue_id
				join service_user p on p.id = i.service_user_id
				where p.legal_name = 'Jamie Brooks' and i.name = 'drinking'
				order by s.stage_on, s.id""").query().listOfRows();
		assertThat(drinking).extracting(row -> row.get("stage"))
			.startsWith("PRE_CONTEMPLATION", "CONTEMPLATION", "PREPARATION", "ACTION", "LAPSE", "ACTION");
		assertThat(drinking.get(5).get("contact_note_id")).isNotNull();
		assertThat(jdbc.sql("select count(*) from cycle_issue where withheld and withheld_reason = 'THIRD_PARTY'")
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void theCalloverShowsTheCurrentStageOfEachOpenIssue() throws Exception {
		long person = person();
		String name = TestPeople.uniqueName("housework");
		nameIssue(person, name, "CONTEMPLATION", LocalDate.now().minusDays(40), false);
		stage(person, issueId(person, name), "PREPARATION", LocalDate.now().minusDays(3), null);
		assertThat(page(
				"/team/callover?keyworkerId="
						+ jdbc.sql("select id from account where username = 'worker'").query(Long.class).single(),
				"manager"))
			.contains(name + ": preparation (since " + dateText(LocalDate.now().minusDays(3)) + ")")
			.doesNotContain(name + ": contemplation");
	}

}
