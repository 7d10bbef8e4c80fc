package org.keywork.outcomes;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Jamie's star in the portal: shared readings only, and Jamie's own view added to one,
 * which staff then see beside the agreed score. Nobody else adds it.
 */
@KeyworkTest
class PortalStarTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	long jamie() {
		return new DemoIds(this.jdbc).person(DemoIds.JAMIE);
	}

	List<Long> areas() {
		return this.jdbc.sql("""
				select a.id from star_area a join star_measure m on m.id = a.measure_id where m.is_default
				order by a.position""").query(Long.class).list();
	}

	long record(long person, boolean withheld, String note) throws Exception {
		MockHttpServletRequestBuilder request = post("/service-users/" + person + "/outcomes").with(csrf())
			.with(this.users.as("worker"))
			.param("takenOn", LocalDate.now().minusDays(1).toString());
		List<Long> areas = areas();
		for (int i = 0; i < areas.size(); i++) {
			request.param("areas[" + i + "].areaId", String.valueOf(areas.get(i))).param("areas[" + i + "].score", "6");
		}
		request.param("areas[0].note", note);
		if (withheld) {
			request.param("withheld", "true").param("withheldReason", "SERIOUS_HARM");
		}
		String location = this.mvc.perform(request)
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	@Test
	void thePersonAddsTheirOwnViewAndStaffSeeItBesideTheAgreedScore() throws Exception {
		long jamie = jamie();
		long reading = record(jamie, false, "PORTAL-SHARED-NOTE");
		String form = this.mvc
			.perform(get("/my-support/outcomes/{r}/own-view", reading).with(this.users.as("serviceuser")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("Accommodation and tenancy (agreed score: 6)");
		// a wrong score is explained and kept
		assertThat(this.mvc
			.perform(post("/my-support/outcomes/{r}/own-view", reading).with(csrf())
				.with(this.users.as("serviceuser"))
				.param("version", "0")
				.params(own("12")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Enter your own score for Accommodation and tenancy", "value=\"12\"");
		this.mvc
			.perform(post("/my-support/outcomes/{r}/own-view", reading).with(csrf())
				.with(this.users.as("serviceuser"))
				.param("version", "0")
				.params(own("3")))
			.andExpect(status().isFound());
		String staff = this.mvc
			.perform(get("/service-users/{id}/outcomes/{r}", jamie, reading).with(this.users.as("worker")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(staff).contains("Own view");
		assertThat(this.jdbc.sql("""
				select s.own_score from star_score s join star_area a on a.id = s.area_id
				where s.reading_id = ? order by a.position limit 1""").param(reading).query(Integer.class).single())
			.isEqualTo(3);
		// a second try with the old version is explained, not saved
		this.mvc
			.perform(post("/my-support/outcomes/{r}/own-view", reading).with(csrf())
				.with(this.users.as("serviceuser"))
				.param("version", "0")
				.params(own("9")))
			.andExpect(status().isConflict());
	}

	@Test
	void aWithheldReadingNeverReachesThePersonAndAnotherPersonCannotAddAView() throws Exception {
		long jamie = jamie();
		long withheld = record(jamie, true, "PORTAL-WITHHELD-NOTE");
		assertThat(this.mvc.perform(get("/my-support/outcomes").with(this.users.as("serviceuser")))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain("PORTAL-WITHHELD-NOTE", "/my-support/outcomes/" + withheld + "/");
		this.mvc.perform(get("/my-support/outcomes/{r}/own-view", withheld).with(this.users.as("serviceuser")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/my-support/outcomes/{r}/own-view", withheld).with(csrf())
				.with(this.users.as("serviceuser"))
				.param("version", "0")
				.params(own("3")))
			.andExpect(status().isNotFound());
		long shared = record(jamie, false, "PORTAL-OTHER-NOTE");
		this.mvc.perform(get("/my-support/outcomes/{r}/own-view", shared).with(this.users.as("worker")))
			.andExpect(status().isForbidden());
	}

	private static org.springframework.util.MultiValueMap<String, String> own(String first) {
		org.springframework.util.LinkedMultiValueMap<String, String> params = new org.springframework.util.LinkedMultiValueMap<>();
		for (int i = 0; i < 10; i++) {
			params.add("own[" + i + "]", i == 0 ? first : "");
		}
		return params;
	}

}
