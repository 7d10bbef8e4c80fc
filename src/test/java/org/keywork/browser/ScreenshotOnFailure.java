package org.keywork.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Saves what the browser showed when a test failed, named after the test. */
class ScreenshotOnFailure implements AfterTestExecutionCallback {

	static final Path SCREENSHOTS = Paths.get("target", "browser-screenshots");

	@Override
	public void afterTestExecution(ExtensionContext extension) {
		if (extension.getExecutionException().isEmpty()) {
			return;
		}
		extension.getRequiredTestInstances()
			.getAllInstances()
			.stream()
			.filter(BrowserTest.class::isInstance)
			.map(BrowserTest.class::cast)
			.findFirst()
			.ifPresent(test -> screenshot(test.page, extension));
	}

	private static void screenshot(Page page, ExtensionContext extension) {
		if (page == null || page.isClosed()) {
			return;
		}
		String name = (extension.getRequiredTestClass().getSimpleName() + "-" + extension.getDisplayName())
			.replaceAll("[^A-Za-z0-9._-]+", "_");
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
			System.err
				.println("Browser screenshot of the failure: " + file.toAbsolutePath() + " (page " + page.url() + ")");
		}
		catch (IOException | RuntimeException ex) {
			System.err.println("Could not save a screenshot: " + ex);
		}
	}

}
