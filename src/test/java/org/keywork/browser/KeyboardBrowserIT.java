package org.keywork.browser;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Keyboard only, no mouse: a worker signs in, reaches "Record contact" on their caseload,
 * writes and saves a note, using Tab, typing and Enter. Every element reached this way
 * shows where the focus is, including the browser's own calendar button inside a date and
 * time input.
 */
@KeyworkTest
class KeyboardBrowserIT extends BrowserTest {

	/** Script: a short description of the focused element, tag|id|text. */
	private static final String FOCUSED = """
			() => { const e = document.activeElement;
			        return e.tagName + '|' + (e.id || '') + '|' + (e.textContent || '').trim().replace(/\\s+/g, ' '); }
			""";

	/**
	 * Script: whether the focused element is visibly marked (GOV.UK draws an outline or a
	 * box shadow).
	 */
	private static final String FOCUS_VISIBLE = """
			() => { const s = getComputedStyle(document.activeElement);
			        return s.outlineStyle !== 'none' || s.boxShadow !== 'none'; }
			""";

	@Test
	void aWorkerRecordsAContactWithTheKeyboardAlone() {
		open("/login");
		tabTo(Pattern.compile("INPUT\\|username\\|.*"));
		this.page.keyboard().type("worker");
		tabTo(Pattern.compile("INPUT\\|password\\|.*"));
		this.page.keyboard().type(DEMO_PASSWORD);
		this.page.keyboard().press("Enter");
		waitForPage(Pattern.compile(".*/caseload"));
		assertThat(heading()).hasText("My caseload");

		tabTo(Pattern.compile("A\\|\\|Record contact.*"));
		this.page.keyboard().press("Enter");
		waitForPage(Pattern.compile(".*/contact-notes/new.*"));
		assertThat(heading()).hasText("Record a contact");

		tabTo(Pattern.compile("TEXTAREA\\|note\\|.*"));
		this.page.keyboard().type("Walked to the shop together and talked about the week ahead.");
		tabTo(Pattern.compile("BUTTON\\|\\|Save note"));
		this.page.keyboard().press("Enter");
		waitForPage(Pattern.compile(".*/contact-notes/\\d+"));
		assertThat(this.page.getByText("Walked to the shop together and talked about the week ahead.")).isVisible();
		assertAccessible(this.page);
	}

	/**
	 * Presses Tab until the focused element matches, checking that each element on the
	 * way shows its focus.
	 */
	private void tabTo(Pattern focused) {
		for (int presses = 0; presses < 80; presses++) {
			this.page.keyboard().press("Tab");
			String now = String.valueOf(this.page.evaluate(FOCUSED));
			if (!now.startsWith("BODY")) {
				org.assertj.core.api.Assertions.assertThat((Boolean) this.page.evaluate(FOCUS_VISIBLE))
					.as("focus is visible on %s", now)
					.isTrue();
			}
			if (focused.matcher(now).matches()) {
				return;
			}
		}
		throw new AssertionError("Tab never reached " + focused + " on " + this.page.url());
	}

}
