package org.keywork.browser;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** The accessibility check itself: it must catch a real violation and say where it is. */
@KeyworkTest
class BrowserTestSupportBrowserIT extends BrowserTest {

	@Test
	void accessibilityCheckNamesTheRuleTheImpactAndTheElement() {
		this.page.setContent(
				"""
						<!DOCTYPE html><html lang="en"><head><title>Broken</title></head>
						<body><main><h1>Broken</h1><img id="photo" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>
						""");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertAccessible(this.page))
			.withMessageContaining("image-alt")
			.withMessageContaining("[critical]")
			.withMessageContaining("#photo");
	}

	@Test
	void accessibilityCheckPassesACleanPage() {
		this.page.setContent(
				"""
						<!DOCTYPE html><html lang="en"><head><title>Fine</title></head>
						<body><main><h1>Fine</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="A dot"></main></body></html>
						""");
		assertThatNoException().isThrownBy(() -> assertAccessible(this.page));
	}

}
