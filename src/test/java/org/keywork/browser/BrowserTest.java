package org.keywork.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Real-browser tests: one Playwright and one headless Chromium per test JVM, a fresh
 * {@link BrowserContext} (no cookies, no session) for every test. Subclasses are named
 * {@code *BrowserIT} (failsafe runs them in {@code ./mvnw verify}) and carry
 * {@link org.keywork.KeyworkTest @KeyworkTest}, so they drive the whole application on
 * its random port against real PostgreSQL with the demo accounts loaded.
 *
 * <p>
 * Use {@link #visit(String)} for every page a test looks at: it opens the page and fails
 * on any WCAG 2.2 AA violation axe finds. A failing test leaves a screenshot in
 * {@code target/browser-screenshots/}. Annotate a test with {@link Phone} to run it in a
 * 375&times;812 phone viewport.
 *
 * <p>
 * Chromium is Debian's {@code /usr/bin/chromium}; set {@code KEYWORK_CHROMIUM} (or the
 * system property {@code keywork.chromium}) to use another Chromium or Chrome binary, as
 * CI on Ubuntu does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith({ SharedChromium.class, ScreenshotOnFailure.class })
public abstract class BrowserTest {

	/** The password of every demo account. */
	protected static final String DEMO_PASSWORD = "keywork-demo-2026";

	/** A phone held upright: the width support workers use in someone's kitchen. */
	public static final int PHONE_WIDTH = 375;

	public static final int PHONE_HEIGHT = 812;

	static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21aa", "wcag22aa");

	/** The home pages already checked with axe in this test JVM, by account. */
	private static final java.util.Set<String> LANDINGS_CHECKED = java.util.concurrent.ConcurrentHashMap.newKeySet();

	/** Runs the test in a phone-sized viewport (375&times;812, touch, mobile). */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	public @interface Phone {

	}

	/**
	 * When the tests use a configured PostgreSQL ({@code SPRING_DATASOURCE_URL}, as CI
	 * does), the browser tests get a database of their own beside it (its name plus
	 * {@code _browser}), created here and migrated and seeded by the application: the
	 * unit and integration tests that ran before them in the same database leave hundreds
	 * of people on the demo worker's caseload, which makes each page, and axe's check of
	 * it, many times slower than a real caseload would. The embedded and Testcontainers
	 * databases are fresh for each test JVM already.
	 */
	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		String url = BrowserDatabase.configuredUrl();
		if (url != null) {
			String browserUrl = BrowserDatabase.create(url);
			registry.add("spring.datasource.url", () -> browserUrl);
		}
	}

	@LocalServerPort
	private int port;

	/**
	 * The test JVM's one Chromium ({@link SharedChromium}), set before
	 * {@code @BeforeAll}.
	 */
	Browser browser;

	private BrowserContext context;

	private final List<BrowserContext> others = new java.util.ArrayList<>();

	/** The page of the current test's browser context. */
	protected Page page;

	@BeforeEach
	void openContext(TestInfo test) {
		boolean phone = test.getTestMethod().map(m -> m.isAnnotationPresent(Phone.class)).orElse(false);
		newSession(phone);
	}

	@AfterEach
	void closeContext() {
		this.others.forEach(BrowserContext::close);
		this.others.clear();
		if (this.context != null) {
			this.context.close();
			this.context = null;
			this.page = null;
		}
	}

	/**
	 * Throws away the current browser context (cookies, session) and starts a fresh one,
	 * as if a different person picked up a different device.
	 */
	protected Page newSession(boolean phone) {
		closeContext();
		Browser.NewContextOptions options = new Browser.NewContextOptions().setLocale("en-GB")
			.setTimezoneId("Europe/London");
		if (phone) {
			options.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT).setIsMobile(true).setHasTouch(true);
		}
		this.context = this.browser.newContext(options);
		this.context.setDefaultTimeout(30_000);
		this.page = this.context.newPage();
		return this.page;
	}

	/**
	 * A second person on a second device, signed in as {@code username}, alongside
	 * {@link #page}: for what happens when two people work on the same record. Closed
	 * with the test.
	 */
	protected Page secondSession(String username) {
		BrowserContext other = this.browser
			.newContext(new Browser.NewContextOptions().setLocale("en-GB").setTimezoneId("Europe/London"));
		other.setDefaultTimeout(30_000);
		this.others.add(other);
		Page second = other.newPage();
		second.navigate(url("/login"));
		second.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(username);
		second.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(DEMO_PASSWORD);
		second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
		second.waitForURL(u -> !u.endsWith("/login"));
		return second;
	}

	/** The address of a path on the running application. */
	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/**
	 * Opens a path (e.g. {@code /service-users}) and returns the final response after any
	 * redirects.
	 */
	protected Response open(String path) {
		return this.page.navigate(url(path));
	}

	/** Opens a path and checks the page it ends on with axe. */
	protected Response visit(String path) {
		Response response = open(path);
		assertAccessible(this.page);
		return response;
	}

	/**
	 * Signs in as a demo account (all share {@link #DEMO_PASSWORD}) and checks the page
	 * it lands on with axe, the first time this test run lands there as that account (a
	 * home page is the same page for every test that signs in, and axe takes a second or
	 * two a page).
	 */
	protected void signIn(String username) {
		signIn(username, DEMO_PASSWORD);
		if (LANDINGS_CHECKED.add(username + " " + java.net.URI.create(this.page.url()).getPath())) {
			assertAccessible(this.page);
		}
	}

	/**
	 * Fills the sign-in form by its labels and presses "Sign in"; returns once the
	 * browser has left the bare sign-in page (to a home page, or back to
	 * {@code /login?error} / {@code ?locked}).
	 */
	protected void signIn(String username, String password) {
		open("/login");
		this.page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(username);
		this.page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
		String signInPage = url("/login");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
		this.page.waitForURL(u -> !u.equals(signInPage));
		this.page.waitForLoadState();
	}

	/**
	 * Waits until the browser has loaded a page whose URL matches, and otherwise fails
	 * saying where the browser is (its URL and main heading) and whether it got there
	 * without the page finishing loading: a bare timeout says nothing about which.
	 */
	protected void waitForPage(java.util.regex.Pattern url) {
		boolean arrived = false;
		try {
			this.page.waitForURL(url,
					new Page.WaitForURLOptions().setWaitUntil(com.microsoft.playwright.options.WaitUntilState.COMMIT));
			arrived = true;
			this.page.waitForLoadState();
		}
		catch (com.microsoft.playwright.PlaywrightException ex) {
			String heading;
			try {
				heading = this.page.locator("h1")
					.first()
					.textContent(new Locator.TextContentOptions().setTimeout(1_000));
			}
			catch (com.microsoft.playwright.PlaywrightException none) {
				heading = "(none)";
			}
			throw new AssertionError("Expected a page at " + url
					+ (arrived ? ", reached but never finished loading" : ", but the browser is at " + this.page.url())
					+ "; heading: " + heading, ex);
		}
	}

	/** Presses "Sign out" in the header. */
	protected void signOut() {
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out").setExact(true)).click();
		this.page.waitForURL(u -> u.contains("/login"));
		this.page.waitForLoadState();
	}

	/**
	 * Clicks the button with exactly this name, or else the link with exactly this name,
	 * and waits for the page.
	 */
	protected void click(String name) {
		Locator button = this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
		if (button.count() > 0) {
			button.first().click();
		}
		else {
			this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true))
				.first()
				.click();
		}
		this.page.waitForLoadState();
	}

	/** Fails if the page is wider than a phone's screen (it would scroll sideways). */
	protected void assertNoHorizontalScroll() {
		Object width = this.page.evaluate("document.documentElement.scrollWidth");
		org.assertj.core.api.Assertions.assertThat(((Number) width).intValue())
			.as("page width at %d px", PHONE_WIDTH)
			.isLessThanOrEqualTo(PHONE_WIDTH);
	}

	/** The page's main heading. */
	protected Locator heading() {
		return this.page.locator("h1");
	}

	/** The path (without query) the browser is on now. */
	protected String currentPath() {
		return java.net.URI.create(this.page.url()).getPath();
	}

	/**
	 * Runs axe with the WCAG 2.0/2.1/2.2 A and AA rules on the page as it is now, and
	 * fails listing every violation: rule, impact, what to fix and the CSS selectors of
	 * the elements concerned.
	 */
	protected static void assertAccessible(Page page) {
		// Legacy mode runs axe.run in the page itself. The default (runPartial in every
		// frame) opens a new blank page for every check to finish the run in: ~2 s a
		// check against ~0.6 s. Keywork's pages have no frames, so the rules are the
		// same.
		AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
		if (results.isErrored()) {
			throw new AssertionError("axe could not check " + page.url() + ": " + results.getErrorMessage());
		}
		List<Rule> violations = results.getViolations();
		if (violations != null && !violations.isEmpty()) {
			throw new AssertionError("Accessibility violations on " + page.url() + ":\n" + describe(violations));
		}
	}

	static String describe(List<Rule> violations) {
		return violations.stream().map(rule -> {
			String nodes = rule.getNodes()
				.stream()
				.map(CheckedNode::getTarget)
				.map(String::valueOf)
				.collect(Collectors.joining(", "));
			return "- %s [%s] %s (%s)%n    at %s".formatted(rule.getId(), rule.getImpact(), rule.getHelp(),
					rule.getHelpUrl(), nodes);
		}).collect(Collectors.joining("\n"));
	}

}
