package org.keywork.wellbeing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * The demo's wellbeing readings: a believable history, and one reading overdue on a
 * caseload.
 */
@KeyworkTest
class WellbeingDemoTests extends WellbeingTestBase {

	@Test
	void jamieHasABelievableSwemwbsHistoryAndPeggysWemwbsIsOverdueOnMyCaseload() throws Exception {
		long jamie = ids.jamie();
		List<Map<String, Object>> history = jdbc.sql("""
				select score, completed_by from wellbeing_reading
				where service_user_id = ? and scale_code = 'SWEMWBS' and taken_on > current_date - 366
				order by taken_on, id""").param(jamie).query().listOfRows();
		assertThat(history).hasSizeGreaterThanOrEqualTo(4);
		assertThat(history).anySatisfy(row -> assertThat(row.get("completed_by")).isEqualTo("PERSON"));
		List<BigDecimal> scores = history.stream().map(row -> (BigDecimal) row.get("score")).toList();
		assertThat(scores.get(scores.size() - 1)).isGreaterThan(scores.get(0));
		long peggy = ids.person("Margaret O'Neill");
		assertThat(due.forPeople(List.of(peggy), dates.today(), batches.start()).get().get(peggy))
			.anySatisfy(item -> assertThat(item.overdue()).isTrue());
		mvc.perform(get("/caseload").with(users.as("worker")))
			.andExpect(content().string(containsString("/service-users/" + peggy + "/wellbeing")))
			.andExpect(content().string(containsString("WEMWBS reading")));
	}

}
