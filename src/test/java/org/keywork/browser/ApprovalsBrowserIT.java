package org.keywork.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new worker account in a real browser, on a phone (ADR 021): one administrator creates
 * it, it cannot sign in, a second administrator approves it on the approvals page, and
 * then it signs in. Every page is checked with axe.
 */
@KeyworkTest
class ApprovalsBrowserIT extends BrowserTest {

	private static final String PASSWORD = "a long enough passphrase here";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Test
	@Phone
	void aNewWorkerSignsInOnlyOnceASecondAdministratorApproves() {
		String suffix = Long.toString(System.nanoTime(), 36);
		String second = "approver-" + suffix;
		this.jdbc.sql("""
				insert into account (username, display_name, password_hash, role)
				values (?, 'Ash Approver (test)', ?, 'ADMIN')
				""").params(second, this.encoder.encode(PASSWORD)).update();
		String username = "newcomer-" + suffix;

		signIn("admin");
		visit("/admin/accounts/new");
		assertThat(this.page.locator("#approval-hint")).containsText("cannot sign in until another administrator");
		this.page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(username);
		this.page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Nico Newcomer");
		this.page.getByLabel("Support worker", new Page.GetByLabelOptions().setExact(true)).check();
		this.page.getByLabel("North Housing First", new Page.GetByLabelOptions().setExact(true)).check();
		this.page.getByLabel("Temporary password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
		click("Create account");
		assertThat(this.page.locator("body")).containsText("it cannot sign in yet");
		assertThat(this.page.locator("#pending")).containsText("cannot sign in until another administrator");
		assertAccessible(this.page);
		assertNoHorizontalScroll();
		visit("/admin/approvals");
		assertThat(this.page.locator("body")).containsText("You asked for this change");
		signOut();

		signIn(username, PASSWORD);
		assertThat(currentPath()).isEqualTo("/login");

		signIn(second, PASSWORD);
		visit("/admin/approvals");
		assertNoHorizontalScroll();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve " + username).setExact(true))
			.click();
		this.page.waitForLoadState();
		assertThat(this.page.locator("body")).containsText("Approved");
		assertAccessible(this.page);
		signOut();

		signIn(username, PASSWORD);
		assertThat(currentPath()).isEqualTo("/account/password");
	}

}
