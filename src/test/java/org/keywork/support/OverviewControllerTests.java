package org.keywork.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KeyworkTest
class OverviewControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	SupportTestSupport support;

	@BeforeEach
	void setUp() {
		this.support = new SupportTestSupport(mvc, users, jdbc);
	}

	@Test
	void workerWritesTheOverviewAndSeesItOnTheRecordPage() throws Exception {
		long id = support.person(SupportTestSupport.unique("Overview Person"));
		support.start(id, "support-overview");
		mvc.perform(get("/service-users/" + id + "/support-overview/edit").with(users.as("worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("What a good life looks like")))
			.andExpect(content().string(containsString("Money and benefits")))
			.andExpect(content().string(containsString("Legal and offending")));
		mvc.perform(save(id, support.version(id, "OVERVIEW")).with(users.as("worker")))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/service-users/" + id + "/support-overview"));
		mvc.perform(get("/service-users/" + id + "/support-overview").with(users.as("worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A place of my own with a garden")))
			.andExpect(content().string(containsString("Rent arrears from the last tenancy")))
			.andExpect(content().string(containsString("Keeps every letter in a folder")))
			.andExpect(content().string(containsString("&ldquo;I want to sort the debt once and for all&rdquo;")))
			.andExpect(content().string(containsString("High priority")))
			.andExpect(content().string(containsString("Not discussed yet:")))
			.andExpect(content().string(containsString("Edit the overview")));
		assertThat(support.content(id, "OVERVIEW")).contains("Rent arrears from the last tenancy");
		assertThat(jdbc.sql("""
				select count(*) from support_record_event e join support_record r on r.id = e.record_id
				where r.service_user_id = ? and e.action = 'OVERVIEW_CHANGED' and e.args->>0 like '%MONEY%'
				""").param(id).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aStaleSaveIsRefusedKeepsWhatWasTypedAndChangesNothing() throws Exception {
		long id = support.person(SupportTestSupport.unique("Overview Stale"));
		support.start(id, "support-overview");
		long opened = support.version(id, "OVERVIEW");
		mvc.perform(save(id, opened).with(users.as("worker"))).andExpect(status().isFound());
		long current = support.version(id, "OVERVIEW");
		String saved = support.content(id, "OVERVIEW");

		mvc.perform(post("/service-users/" + id + "/support-overview/edit").with(csrf())
			.with(users.as("manager"))
			.param("aspirations", "Words typed in a second tab")
			.param("areas[0].code", "ACCOMMODATION")
			.param("areas[0].need", "Need typed in a second tab")
			.param("areas[0].priority", "LOW")
			.param("version", String.valueOf(opened)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"conflict\"")))
			.andExpect(content().string(containsString("Words typed in a second tab")))
			.andExpect(content().string(containsString("Need typed in a second tab")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + current + "\"")));
		assertThat(support.content(id, "OVERVIEW")).isEqualTo(saved).doesNotContain("second tab");

		// saving again deliberately, on the version now shown, works
		mvc.perform(post("/service-users/" + id + "/support-overview/edit").with(csrf())
			.with(users.as("manager"))
			.param("aspirations", "Words typed in a second tab")
			.param("version", String.valueOf(current))).andExpect(status().isFound());
		assertThat(support.content(id, "OVERVIEW")).contains("Words typed in a second tab")
			.contains("Rent arrears from the last tenancy");
	}

	/**
	 * Two people edit the overview at once, each in one life area. The second is told of
	 * the conflict, and the form shown again has the first person's words in the area the
	 * second left alone, so saving again keeps both (it used to put back the older
	 * words).
	 */
	@Test
	void savingAgainAfterAConflictKeepsWhatTheOtherPersonChanged() throws Exception {
		long id = support.person(SupportTestSupport.unique("Overview Both"));
		support.start(id, "support-overview");
		mvc.perform(save(id, support.version(id, "OVERVIEW")).with(users.as("worker"))).andExpect(status().isFound());
		String workersForm = editForm(id, "worker");
		String managersForm = editForm(id, "manager");

		mvc.perform(sendForm(id, workersForm, Map.of("areas[0].need", "Worker's new words about the home"), "worker"))
			.andExpect(status().isFound());
		String conflict = mvc
			.perform(sendForm(id, managersForm, Map.of("areas[1].need", "Manager's new words about money"), "manager"))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(conflict).contains("data-conflict-merged", "Worker&#39;s new words about the home",
				"Manager&#39;s new words about money");
		mvc.perform(sendForm(id, conflict, Map.of(), "manager")).andExpect(status().isFound());
		assertThat(support.content(id, "OVERVIEW")).contains("Worker's new words about the home",
				"Manager's new words about money", "Keeps every letter in a folder");

		// both changed the same area: the second editor's words are kept and the area
		// named
		String again = editForm(id, "manager");
		mvc.perform(sendForm(id, editForm(id, "worker"), Map.of("areas[1].need", "Worker, later"), "worker"))
			.andExpect(status().isFound());
		String clash = mvc.perform(sendForm(id, again, Map.of("areas[1].need", "Manager, later"), "manager"))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(clash).contains("You both changed these", "Manager, later").doesNotContain("Worker, later");
	}

	private String editForm(long id, String username) throws Exception {
		return mvc.perform(get("/service-users/" + id + "/support-overview/edit").with(users.as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** Sends the form on {@code page} as a browser would, with some fields changed. */
	private MockHttpServletRequestBuilder sendForm(long id, String page, Map<String, String> changed, String username) {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders
			.post("/service-users/" + id + "/support-overview/edit")
			.with(csrf())
			.with(users.as(username));
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"").matcher(page);
		while (hidden.find()) {
			fields.put(hidden.group(1), HtmlUtils.htmlUnescape(hidden.group(2)));
		}
		Matcher text = Pattern.compile("<textarea[^>]*name=\"([^\"]+)\"[^>]*>([^<]*)</textarea>").matcher(page);
		while (text.find()) {
			fields.put(text.group(1), HtmlUtils.htmlUnescape(text.group(2)));
		}
		Matcher radio = Pattern
			.compile("<input[^>]*type=\"radio\"[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]+)\"[^>]*checked")
			.matcher(page);
		while (radio.find()) {
			fields.put(radio.group(1), radio.group(2));
		}
		fields.remove("_csrf");
		fields.putAll(changed);
		fields.forEach(request::param);
		return request;
	}

	@Test
	void aLifeAreaAddedSinceTheDraftStartedAppearsOnTheForm() throws Exception {
		long id = support.person(SupportTestSupport.unique("Overview New Area"));
		support.start(id, "support-overview");
		String code = "TEST_" + Long.toString(System.nanoTime(), 36).toUpperCase();
		jdbc.sql("insert into life_area (code, name, position) values (?, 'Digital skills (test)', 999)")
			.param(code)
			.update();
		try {
			mvc.perform(get("/service-users/" + id + "/support-overview/edit").with(users.as("worker")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Digital skills (test)")));
			mvc.perform(post("/service-users/" + id + "/support-overview/edit").with(csrf())
				.with(users.as("worker"))
				.param("areas[0].code", code)
				.param("areas[0].need", "Wants to get online")
				.param("areas[0].priority", "LOW")
				.param("version", String.valueOf(support.version(id, "OVERVIEW")))).andExpect(status().isFound());
			assertThat(support.content(id, "OVERVIEW")).contains(code).contains("Wants to get online");
		}
		finally {
			jdbc.sql("update life_area set active = false where code = ?").param(code).update();
		}
	}

	@Test
	void tooLongTextIsShownAgainWithAnError() throws Exception {
		long id = support.person(SupportTestSupport.unique("Overview Long"));
		support.start(id, "support-overview");
		mvc.perform(post("/service-users/" + id + "/support-overview/edit").with(csrf())
			.with(users.as("worker"))
			.param("aspirations", "kept words")
			.param("areas[1].code", "MONEY")
			.param("areas[1].need", "x".repeat(2001))
			.param("version", String.valueOf(support.version(id, "OVERVIEW"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("The support need must be 2,000 characters or fewer")))
			.andExpect(content().string(containsString("kept words")));
		assertThat(support.content(id, "OVERVIEW")).doesNotContain("kept words");
	}

	@Test
	void otherTeamsAdminsAndPeersCannotChangeTheOverview() throws Exception {
		long id = support.person(SupportTestSupport.unique("Overview Access"));
		support.start(id, "support-overview");
		long version = support.version(id, "OVERVIEW");
		support.linkPeer(id);
		mvc.perform(get("/service-users/" + id + "/support-overview").with(users.as("worker2")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/service-users/" + id + "/support-overview/edit").with(users.as("worker2")))
			.andExpect(status().isNotFound());
		mvc.perform(save(id, version).with(users.as("worker2"))).andExpect(status().isNotFound());
		mvc.perform(get("/service-users/" + id + "/support-overview").with(users.as("admin")))
			.andExpect(status().isForbidden());
		mvc.perform(save(id, version).with(users.as("admin"))).andExpect(status().isForbidden());
		mvc.perform(get("/service-users/" + id + "/support-overview/edit").with(users.as("peer")))
			.andExpect(status().isForbidden());
		mvc.perform(save(id, version).with(users.as("peer"))).andExpect(status().isForbidden());
		// linked with the narrowest scope, the peer does not see the overview at all
		mvc.perform(get("/service-users/" + id + "/support-overview").with(users.as("peer")))
			.andExpect(status().isNotFound());
		assertThat(support.version(id, "OVERVIEW")).isEqualTo(version);
	}

	private MockHttpServletRequestBuilder save(long id, long version) {
		return post("/service-users/" + id + "/support-overview/edit").with(csrf())
			.param("aspirations", "A place of my own with a garden, and my daughter visiting at weekends")
			.param("areas[0].code", "ACCOMMODATION")
			.param("areas[0].need", "Settling into the new flat")
			.param("areas[0].strengths", "Has kept the flat clean and tidy")
			.param("areas[0].priority", "MEDIUM")
			.param("areas[1].code", "MONEY")
			.param("areas[1].need", "Rent arrears from the last tenancy")
			.param("areas[1].strengths", "Keeps every letter in a folder")
			.param("areas[1].priority", "HIGH")
			.param("areas[1].ownWords", "I want to sort the debt once and for all")
			.param("version", String.valueOf(version));
	}

}
