package org.keywork.caseload;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestPeople;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KeyworkTest
class CaseloadCalloverTests extends CaseloadPagesTestBase {

	@Test
	void listsEveryActivePersonAndReassignsSeveralAtOnceWithTheReasonRecorded() throws Exception {
		LocalDate start = LocalDate.now(LONDON).minusDays(20);
		String first = TestPeople.uniqueName("Callover");
		long a = TestPeople.activeInNorth(mvc, users, jdbc, first, "worker", start);
		long b = TestPeople.activeInNorth(mvc, users, jdbc, TestPeople.uniqueName("Callover"), "worker", start);
		long sam = ids.account("worker");
		mvc.perform(get("/team/callover").param("keyworkerId", String.valueOf(sam)).with(users.as("manager")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(first)))
			.andExpect(content().string(containsString("Change keyworker for " + first)));
		long jordan = ids.account("jordan");
		mvc.perform(post("/team/callover/reassign").with(csrf())
			.with(users.as("manager"))
			.param("fromKeyworkerId", String.valueOf(sam))
			.param("personIds", String.valueOf(a), String.valueOf(b))
			.param("keyworkerId", String.valueOf(jordan))
			.param("reason", "Sam is going on leave")).andExpect(redirectedUrl("/team/callover?keyworkerId=" + sam));
		for (long person : new long[] { a, b }) {
			assertThat(jdbc.sql("select keyworker_id from service_user where id = ?")
				.param(person)
				.query(Long.class)
				.single()).isEqualTo(jordan);
			assertThat(jdbc.sql("""
					select reason from keyworker_assignment where service_user_id = ? and ended_at is null
					""").param(person).query(String.class).single()).isEqualTo("Sam is going on leave");
		}
	}

	@Test
	void goesThroughTheTeamOneKeyworkersPeopleAtATimeThoseWithoutAKeyworkerFirst() throws Exception {
		LocalDate start = LocalDate.now(LONDON).minusDays(20);
		long nobodys = TestPeople.named(TestPeople.uniqueName("Callover")).keyworker(null).save(mvc, users, jdbc);
		long sams = TestPeople.activeInNorth(mvc, users, jdbc, TestPeople.uniqueName("Callover"), "worker", start);
		long sam = ids.account("worker");
		List<long[]> groups = jdbc
			.sql("""
					select coalesce(s.keyworker_id, 0), count(*) from service_user s left join account kw on kw.id = s.keyworker_id
					where s.team_id in (select m.team_id from account_team m join account a on a.id = m.account_id
					                    where a.username = 'manager')
					  and s.status in ('ACTIVE', 'REFERRED')
					group by s.keyworker_id, kw.display_name
					order by s.keyworker_id is not null, lower(kw.display_name), s.keyworker_id
					""")
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
		assertThat(groups).hasSizeGreaterThan(2);
		assertThat(groups.get(0)[0]).as("the people without a keyworker first").isZero();

		String first = page("/team/callover");
		assertThat(first).contains("People without a keyworker", "data-person-id=\"" + nobodys + "\"")
			.doesNotContain("data-person-id=\"" + sams + "\"");
		assertThat(count(first, "<tr class=\"govuk-table__row\" data-person-id=")).isEqualTo(groups.get(0)[1]);
		assertThat(first).contains("part 1 of " + groups.size() + " of the callover")
			.containsPattern("rel=\"next\"\\s+href=\"/team/callover\\?keyworkerId=" + groups.get(1)[0] + "\"")
			.doesNotContain("rel=\"prev\"");
		for (long[] group : groups.subList(1, groups.size())) {
			assertThat(first).as("a link to every group, with its count")
				.containsPattern("href=\"/team/callover\\?keyworkerId=" + group[0] + "\"[^>]*>[^<]*\\("
						+ (group[1] == 1 ? "1 person" : group[1] + " people") + "\\)<");
		}

		String sams_ = page("/team/callover?keyworkerId=" + sam);
		String name = jdbc.sql("select display_name from account where id = ?").param(sam).query(String.class).single();
		assertThat(sams_).contains("People of " + name, "data-person-id=\"" + sams + "\"")
			.doesNotContain("data-person-id=\"" + nobodys + "\"");
		int at = 0;
		while (groups.get(at)[0] != sam) {
			at++;
		}
		assertThat(count(sams_, "<tr class=\"govuk-table__row\" data-person-id=")).isEqualTo(groups.get(at)[1]);
		assertThat(sams_).contains("part " + (at + 1) + " of " + groups.size());
		assertThat(sams_).containsPattern("rel=\"prev\"\\s+href=\"/team/callover\\?"
				+ (at == 1 ? "unassigned=true" : "keyworkerId=" + groups.get(at - 1)[0]) + "\"");
	}

	@Test
	void anotherTeamsKeyworkerShowsNobodyAndNoName() throws Exception {
		long worker2 = ids.account("worker2");
		String name = jdbc.sql("select display_name from account where id = ?")
			.param(worker2)
			.query(String.class)
			.single();
		String page = page("/team/callover?keyworkerId=" + worker2);
		assertThat(page).contains("Nobody to show").doesNotContain("data-person-id=", "People of " + name);
	}

	@Test
	void aMistakeReshowsTheSameKeyworkersPeopleWithTheSelectionKept() throws Exception {
		long a = TestPeople.activeInNorth(mvc, users, jdbc, TestPeople.uniqueName("Callover"), "worker",
				LocalDate.now(LONDON).minusDays(5));
		long sam = ids.account("worker");
		String page = mvc
			.perform(post("/team/callover/reassign").with(csrf())
				.with(users.as("manager"))
				.param("fromKeyworkerId", String.valueOf(sam))
				.param("personIds", String.valueOf(a))
				.param("reason", "Leave"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Choose the new keyworker", "name=\"fromKeyworkerId\" value=\"" + sam + "\"")
			.containsPattern("value=\"" + a + "\"\\s+id=\"person-" + a + "\"\\s+checked");
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path).with(users.as("manager")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static long count(String page, String text) {
		return page.split(java.util.regex.Pattern.quote(text), -1).length - 1;
	}

	@Test
	void nothingSelectedIsAnError() throws Exception {
		mvc.perform(post("/team/callover/reassign").with(csrf()).with(users.as("manager")).param("reason", "Leave"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Select at least one person")));
	}

	@Test
	void aKeyworkerFromAnotherTeamIsRefused() throws Exception {
		long a = TestPeople.activeInNorth(mvc, users, jdbc, TestPeople.uniqueName("Callover"), "worker",
				LocalDate.now(LONDON).minusDays(5));
		long worker2 = ids.account("worker2");
		mvc.perform(post("/team/callover/reassign").with(csrf())
			.with(users.as("manager"))
			.param("personIds", String.valueOf(a))
			.param("keyworkerId", String.valueOf(worker2))
			.param("reason", "Leave"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("works in the team of every selected person")));
	}

}
