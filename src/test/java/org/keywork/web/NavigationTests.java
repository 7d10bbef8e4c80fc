package org.keywork.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The layout's menu shows each role its own pages and no other role's; nobody signed in
 * sees no menu and no "Sign out"; pages that offer a link to one role only
 * ({@code @signedIn.role()}) offer it to that role.
 */
@KeyworkTest
class NavigationTests {

	private static final Pattern MENU = Pattern.compile("<ul class=\"govuk-service-navigation__list\"[^>]*>(.*?)</ul>",
			Pattern.DOTALL);

	private static final Pattern LINK = Pattern.compile("href=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoIds ids;

	@Test
	void aWorkerSeesTheirCaseloadAndThePeopleButNoTeamOrAdminPages() throws Exception {
		assertThat(menu("worker")).containsExactly("/caseload", "/service-users", "/groups", "/account",
				"/account/password", "/account/second-factor");
	}

	@Test
	void aManagerSeesTheTeamPagesButNoCaseloadOfTheirOwn() throws Exception {
		assertThat(menu("manager")).containsExactly("/team", "/team/withheld", "/team/keyworker-requests",
				"/team/feedback", "/team/outcomes", "/team/services", "/team/tenancy-report", "/service-users",
				"/groups", "/account", "/account/password", "/account/second-factor");
	}

	@Test
	void aPeerSeesOnlyThePeopleTheyWalkAlongside() throws Exception {
		assertThat(menu("peer")).containsExactly("/my-people", "/account", "/account/password",
				"/account/second-factor");
	}

	@Test
	void aServiceUserSeesTheirOwnSupportAndNoStaffPages() throws Exception {
		assertThat(menu("serviceuser")).containsExactly("/my-support", "/my-support/action-plan", "/account/password");
	}

	@Test
	void anAdministratorSeesTheAdministrationPages() throws Exception {
		assertThat(menu("admin")).containsExactly("/admin/accounts", "/admin/teams", "/admin/life-areas",
				"/admin/safety-categories", "/admin/measures", "/admin/agencies", "/admin/landlords",
				"/admin/moving-in", "/admin/second-factor", "/account/password", "/account/second-factor");
	}

	@Test
	void onlyStaffAreOfferedASecondFactorOnTheirSessionsPage() throws Exception {
		assertThat(page("/account/sessions", "worker")).contains("href=\"/account/second-factor\">Set up or change");
		assertThat(page("/account/sessions", "serviceuser")).doesNotContain("Set up or change your second factor");
	}

	@Test
	void aNoteLeadsAWorkerBackToTheirCaseloadAndAManagerOnlyToThePerson() throws Exception {
		long note = this.jdbc.sql("select id from contact_note where service_user_id = ? order by id limit 1")
			.param(this.ids.jamie())
			.query(Long.class)
			.single();
		String path = "/service-users/" + this.ids.jamie() + "/contact-notes/" + note;
		assertThat(page(path, "worker")).contains("Back to my caseload");
		assertThat(page(path, "manager")).contains("contact-notes").doesNotContain("Back to my caseload");
	}

	@Test
	void nobodySignedInSeesNoMenu() throws Exception {
		String page = this.mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
		assertThat(page).doesNotContain("govuk-service-navigation").doesNotContain("/logout");
	}

	private String page(String path, String username) throws Exception {
		return this.mvc.perform(get(path).with(this.users.as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private List<String> menu(String username) throws Exception {
		String page = page("/account/password", username);
		Matcher menu = MENU.matcher(page);
		assertThat(menu.find()).as("the page has a menu").isTrue();
		assertThat(page).contains("/logout");
		List<String> links = new ArrayList<>();
		Matcher link = LINK.matcher(menu.group(1));
		while (link.find()) {
			links.add(link.group(1));
		}
		return links;
	}

}
