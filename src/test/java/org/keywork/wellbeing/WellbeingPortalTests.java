package org.keywork.wellbeing;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.PortalPeople;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The person completing a wellbeing scale in the portal, and what they see of their
 * readings.
 */
@KeyworkTest
class WellbeingPortalTests extends WellbeingTestBase {

	@Test
	void completesSwemwbsAndSeesTheMetricScore() throws Exception {
		long own = PortalPeople.withAccount(mvc, users, jdbc, encoder, "Wellbeing Self");
		String account = PortalPeople.username(own);
		mvc.perform(get("/my-support/wellbeing/new").param("scale", "SWEMWBS").with(users.as(account)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("None of the time")));
		var flash = mvc
			.perform(swemwbs("/my-support/wellbeing", TWENTY_SIX).param("withheld", "true")
				.param("withheldReason", "OTHER")
				.with(users.as(account)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/my-support/wellbeing"))
			.andReturn()
			.getFlashMap();
		// after saving, the person is told their score: the metric score
		org.keywork.web.FlashMessage told = (org.keywork.web.FlashMessage) flash.get("flashSuccess");
		assertThat(told.code()).isEqualTo("wellbeing.portal.saved");
		assertThat(told.args()).containsExactly("SWEMWBS", "23.21");
		Map<String, Object> saved = jdbc
			.sql("select score, completed_by, withheld, created_by from wellbeing_reading where service_user_id = ?")
			.param(own)
			.query()
			.singleRow();
		assertThat((BigDecimal) saved.get("score")).isEqualByComparingTo("23.21");
		assertThat(saved.get("completed_by")).isEqualTo("PERSON");
		// a forged decision to withhold does not hide the person's own answers from
		// them
		assertThat(saved.get("withheld")).isEqualTo(false);
		mvc.perform(get("/my-support/wellbeing").with(users.as(account)))
			.andExpect(content().string(containsString("Your score was 23.21")))
			.andExpect(content().string(containsString("By you")));
		// staff see who completed it
		mvc.perform(get("/service-users/{id}/wellbeing", own).with(users.as("worker")))
			.andExpect(content().string(containsString("in the portal")));
	}

	@Test
	void aMissingAnswerKeepsTheOthers() throws Exception {
		long own = PortalPeople.withAccount(mvc, users, jdbc, encoder, "Wellbeing Missing");
		String html = mvc
			.perform(swemwbs("/my-support/wellbeing", java.util.Arrays.asList(null, 4, 4, 4, 4, 4, 3))
				.with(users.as(PortalPeople.username(own))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose an answer for statement 1")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(checked(html, 11)).isEqualTo(3);
		assertThat(checked(html, 2)).isEqualTo(4);
		assertThat(checked(html, 1)).isNull();
		assertThat(readings(own)).isZero();
	}

}
