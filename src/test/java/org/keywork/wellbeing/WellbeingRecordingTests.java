package org.keywork.wellbeing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestPeople;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A worker completing a wellbeing scale with the person: the scores, the form kept on a
 * mistake, a correction.
 */
@KeyworkTest
class WellbeingRecordingTests extends WellbeingTestBase {

	@Test
	void recordsSwemwbsScoredOnTheMetricScaleAndSeesItOnTheTrend() throws Exception {
		mvc.perform(swemwbs("/service-users/" + person + "/wellbeing", TWENTY_SIX).with(users.as("worker")))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/service-users/" + person + "/wellbeing"));
		Map<String, Object> saved = jdbc
			.sql("select raw_total, score, completed_by, withheld from wellbeing_reading where service_user_id = ?")
			.param(person)
			.query()
			.singleRow();
		assertThat(saved.get("raw_total")).isEqualTo(26);
		assertThat((BigDecimal) saved.get("score")).isEqualByComparingTo("23.21");
		assertThat(saved.get("completed_by")).isEqualTo("WORKER");
		assertThat(saved.get("withheld")).isEqualTo(false);
		assertThat(jdbc
			.sql("select count(*) from wellbeing_answer a join wellbeing_reading r on r.id = a.reading_id "
					+ "where r.service_user_id = ?")
			.param(person)
			.query(Long.class)
			.single()).isEqualTo(7);
		mvc.perform(get("/service-users/{id}/wellbeing", person).with(users.as("worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("23.21 (raw total 26)")))
			.andExpect(content().string(containsString("role=\"img\"")))
			.andExpect(content().string(containsString("<title")))
			.andExpect(content().string(containsString("<desc")));
	}

	@Test
	void theFormShowsTheStatementsFromTheDatabase() throws Exception {
		mvc.perform(get("/service-users/{id}/wellbeing/new", person).param("scale", "WEMWBS").with(users.as("worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("I&#39;ve been feeling loved")))
			.andExpect(content().string(containsString("Statement 14 of 14")))
			.andExpect(content().string(containsString("All of the time")));
		mvc.perform(get("/service-users/{id}/wellbeing/new", person).param("scale", "SWEMWBS").with(users.as("worker")))
			.andExpect(content().string(containsString("Statement 7 of 7")))
			.andExpect(content().string(not(containsString("I&#39;ve been feeling loved"))));
		mvc.perform(get("/service-users/{id}/wellbeing/new", person).param("scale", "NOPE").with(users.as("worker")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aMissingAnswerAsksForItAndKeepsEveryOtherAnswer() throws Exception {
		String html = mvc
			.perform(swemwbs("/service-users/" + person + "/wellbeing", java.util.Arrays.asList(5, 4, 3, 2, 1, 4, null))
				.with(users.as("worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Choose an answer for statement 7")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(readings(person)).isZero();
		List<Integer> given = List.of(5, 4, 3, 2, 1, 4);
		for (int i = 0; i < given.size(); i++) {
			assertThat(checked(html, SWEMWBS.get(i))).as("statement %d", SWEMWBS.get(i)).isEqualTo(given.get(i));
		}
		assertThat(checked(html, 11)).isNull();
	}

	@Test
	void aForgedAnswerIsNotScored() throws Exception {
		mvc.perform(swemwbs("/service-users/" + person + "/wellbeing", List.of(4, 4, 4, 4, 4, 4, 9))
			.with(users.as("worker"))).andExpect(status().isOk());
		assertThat(readings(person)).isZero();
	}

	@Test
	void withholdingNeedsAReason() throws Exception {
		mvc.perform(swemwbs("/service-users/" + person + "/wellbeing", TWENTY_SIX).param("withheld", "true")
			.with(users.as("worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")));
		assertThat(readings(person)).isZero();
	}

	@Test
	void aPeerAndTheOtherTeamMayNotRecordOne() throws Exception {
		TestPeople.peer("peer").linkedTo(person).scope("OVERVIEW").save(mvc, users, jdbc);
		mvc.perform(swemwbs("/service-users/" + person + "/wellbeing", TWENTY_SIX).with(users.as("peer")))
			.andExpect(status().isForbidden());
		mvc.perform(swemwbs("/service-users/" + person + "/wellbeing", TWENTY_SIX).with(users.as("worker2")))
			.andExpect(status().isNotFound());
		assertThat(readings(person)).isZero();
	}

}
