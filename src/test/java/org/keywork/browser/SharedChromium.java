package org.keywork.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Playwright and one headless Chromium for every browser test class in the test JVM
 * (launching them took seconds per class), kept in JUnit's root store, which closes it
 * when the run ends. Launched again if it has gone away. Each test still gets a fresh
 * {@link com.microsoft.playwright.BrowserContext}: no cookies, storage or session survive
 * a test.
 */
class SharedChromium implements BeforeAllCallback, AutoCloseable {

	static final List<String> CHROMIUM_ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
			"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

	private Playwright playwright;

	private Browser browser;

	@Override
	public void beforeAll(ExtensionContext extension) {
		SharedChromium shared = extension.getRoot()
			.getStore(ExtensionContext.Namespace.GLOBAL)
			.computeIfAbsent(SharedChromium.class, key -> new SharedChromium(), SharedChromium.class);
		extension.getTestInstance()
			.filter(BrowserTest.class::isInstance)
			.map(BrowserTest.class::cast)
			.ifPresent(test -> test.browser = shared.browser());
	}

	synchronized Browser browser() {
		if (this.playwright == null) {
			this.playwright = Playwright
				.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		}
		if (this.browser == null || !this.browser.isConnected()) {
			this.browser = this.playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(chromium())
					.setHeadless(true)
					.setArgs(CHROMIUM_ARGS));
		}
		return this.browser;
	}

	@Override
	public synchronized void close() {
		if (this.browser != null) {
			this.browser.close();
		}
		if (this.playwright != null) {
			this.playwright.close();
		}
	}

	static Path chromium() {
		String configured = System.getProperty("keywork.chromium", System.getenv("KEYWORK_CHROMIUM"));
		Path path = Paths.get(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
		if (!Files.isExecutable(path)) {
			throw new IllegalStateException("Browser tests need Chromium at " + path
					+ ": apt-get install -y chromium chromium-driver (or set KEYWORK_CHROMIUM)");
		}
		return path;
	}

}
