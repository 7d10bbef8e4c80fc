package org.keywork.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Adding and finding a person, who may open a person's record, and the same screens on a
 * phone, in a real browser. Every page visited is checked with axe.
 */
@KeyworkTest
class ServiceUsersBrowserIT extends BrowserTest {

	// What these tests rely on in the service-user templates, kept in one place to adjust
	// if the templates change.
	static final String LIST_PATH = "/service-users";

	static final String LIST_HEADING = "Service users";

	static final String NEW_PATH = "/service-users/new";

	static final String LEGAL_NAME = "#legalName";

	static final String PREFERRED_NAME = "#preferredName";

	static final String DATE_OF_BIRTH = "#dateOfBirth";

	static final String TEAM = "#teamId";

	static final String SAVE_BUTTON = "Save";

	/** The search box on the list, found by its label. */
	static final Pattern SEARCH_LABEL = Pattern.compile("search|name", Pattern.CASE_INSENSITIVE);

	/** Links from the list to a person's page. */
	static final String PERSON_LINKS = "main a[href^='/service-users/']:not([href$='/new'])";

	static final Pattern PERSON_PATH = Pattern.compile("/service-users/\\d+$");

	static final String NOT_FOUND_HEADING = "Page not found";

	static final String FORBIDDEN_HEADING = "You do not have access to this page";

	@Autowired
	JdbcClient jdbc;

	@Test
	void workerAddsAPersonIsTakenToTheirPageAndFindsThemBySearching() {
		signIn("worker");
		Person person = Person.unique();
		String personPath = addThroughTheForm(person);

		Response list = visit(LIST_PATH);
		assertThat(list.status()).as("the list at %s", LIST_PATH).isEqualTo(200);
		assertThat(heading()).hasText(LIST_HEADING);
		Locator search = this.page.getByLabel(SEARCH_LABEL).first();
		search.fill(person.legalName());
		search.press("Enter");
		Locator found = this.page.locator(PERSON_LINKS)
			.filter(new Locator.FilterOptions().setHasText(person.surname()));
		assertThat(found).hasCount(1);
		assertThat(found).hasAttribute("href", personPath);
		// the search narrowed the list: a demo person from the same team is not among the
		// results
		assertThat(this.page.locator(PERSON_LINKS)).hasCount(1);
		assertAccessible(this.page);

		found.click();
		this.page.waitForURL(u -> u.endsWith(personPath));
		assertThat(heading()).containsText(person.surname());
	}

	@Test
	void workerInAnotherTeamIsAnsweredAsIfThePersonDidNotExist() {
		signIn("worker");
		Person person = Person.unique();
		String personPath = addThroughTheForm(person); // worker, in North, can open it:
														// checked inside

		newSession(false);
		signIn("worker2"); // City Floating Support only
		Response response = visit(personPath);
		assertThat(response.status()).isEqualTo(404);
		assertThat(heading()).hasText(NOT_FOUND_HEADING);
		String html = this.page.content();
		assertThat(html).doesNotContain(person.surname()).doesNotContain(person.legalName());
	}

	@Test
	void administratorIsRefusedTheWholeServiceUsersSection() {
		long someoneId = this.jdbc.sql("select id from service_user order by id limit 1").query(Long.class).single();
		String someonesName = this.jdbc.sql("select legal_name from service_user where id = ?")
			.param(someoneId)
			.query(String.class)
			.single();
		signIn("admin");

		Response list = visit(LIST_PATH);
		assertThat(list.status()).isEqualTo(403);
		assertThat(heading()).hasText(FORBIDDEN_HEADING);

		Response record = visit(LIST_PATH + "/" + someoneId);
		assertThat(record.status()).isEqualTo(403);
		assertThat(heading()).hasText(FORBIDDEN_HEADING);
		assertThat(this.page.content()).doesNotContain(someonesName);
	}

	@Test
	@Phone
	void aWorkersDayOnAPhoneFitsTheScreen() {
		signIn("worker");
		assertFitsPhoneWidth();

		visit("/caseload");
		assertThat(heading()).hasText("My caseload");
		assertFitsPhoneWidth();

		// on a phone the navigation folds behind a Menu button
		Locator listLink = this.page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName(LIST_HEADING).setExact(true));
		assertThat(listLink).isHidden();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu")).click();
		listLink.click();
		this.page.waitForURL("**" + LIST_PATH);
		assertThat(heading()).hasText(LIST_HEADING);
		assertFitsPhoneWidth();

		Locator firstPerson = this.page.locator(PERSON_LINKS).first();
		String href = firstPerson.getAttribute("href");
		firstPerson.click();
		this.page.waitForURL(PERSON_PATH);
		var idInLink = Pattern.compile("/service-users/(\\d+)").matcher(href);
		assertThat(idInLink.find()).as("a person link: %s", href).isTrue();
		long id = Long.parseLong(idInLink.group(1));
		var names = this.jdbc
			.sql("select legal_name, coalesce(preferred_name, legal_name) from service_user where id = ?")
			.param(id)
			.query((rs, n) -> literal(rs.getString(1)) + "|" + literal(rs.getString(2)))
			.single();
		assertThat(heading()).hasText(Pattern.compile(names));
		assertAccessible(this.page);
		assertFitsPhoneWidth();
	}

	/**
	 * Fills in the new-person form as the signed-in worker (team North Housing First if
	 * the form asks), saves, and checks the browser is on the new person's page. Returns
	 * that page's path.
	 */
	private String addThroughTheForm(Person person) {
		Response form = visit(NEW_PATH);
		assertThat(form.status()).as("the new-person form at %s", NEW_PATH).isEqualTo(200);
		this.page.locator(LEGAL_NAME).fill(person.legalName());
		this.page.locator(PREFERRED_NAME).fill(person.preferredName());
		fillDateOfBirth("1984-03-09");
		Locator team = this.page.locator(TEAM);
		if (team.count() > 0 && "select".equals(team.evaluate("e => e.tagName.toLowerCase()"))) {
			team.selectOption(new SelectOption().setLabel("North Housing First"));
		}
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(SAVE_BUTTON).setExact(true)).click();
		this.page.waitForURL(PERSON_PATH);
		assertThat(heading()).containsText(person.surname());
		assertAccessible(this.page);
		return currentPath();
	}

	/**
	 * Copes with a single date field (type=date or text) or GOV.UK's day/month/year
	 * fields.
	 */
	private void fillDateOfBirth(String isoDate) {
		String[] ymd = isoDate.split("-");
		Locator single = this.page.locator(DATE_OF_BIRTH);
		if (single.count() > 0) {
			boolean dateType = "date".equals(single.getAttribute("type"));
			single.fill(dateType ? isoDate : ymd[2] + "/" + ymd[1] + "/" + ymd[0]);
		}
		else if (this.page.locator(DATE_OF_BIRTH + "-day").count() > 0) {
			this.page.locator(DATE_OF_BIRTH + "-day").fill(ymd[2]);
			this.page.locator(DATE_OF_BIRTH + "-month").fill(ymd[1]);
			this.page.locator(DATE_OF_BIRTH + "-year").fill(ymd[0]);
		}
	}

	/**
	 * Text as a regular expression matching itself, in the syntax both Java and the
	 * browser's JavaScript read.
	 */
	static String literal(String text) {
		return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}/]", "\\\\$0");
	}

	private void assertFitsPhoneWidth() {
		int scrollWidth = ((Number) this.page.evaluate("document.documentElement.scrollWidth")).intValue();
		assertThat(scrollWidth).as("page width on a %dpx phone at %s", PHONE_WIDTH, this.page.url())
			.isLessThanOrEqualTo(PHONE_WIDTH);
	}

	/**
	 * A fictional person whose surname no other record has, so searches and "not in the
	 * page" checks are exact.
	 */
	record Person(String surname) {

		static Person unique() {
			String letters = SignInBrowserIT.randomLetters(9);
			return new Person("Testfield" + letters);
		}

		String legalName() {
			return "Avery " + this.surname;
		}

		String preferredName() {
			return "Ave " + this.surname;
		}

	}

}
