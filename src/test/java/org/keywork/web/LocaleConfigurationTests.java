package org.keywork.web;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.LocaleContextResolver;
import org.springframework.web.servlet.LocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request's language is worked out once however often it is asked for, and is what the
 * browser's {@code Accept-Language} leads to: British English, the only language offered
 * so far, whatever the browser asks for.
 */
class LocaleConfigurationTests {

	@Test
	void theLanguageIsWorkedOutOncePerRequest() {
		AtomicInteger asked = new AtomicInteger();
		LocaleResolver counting = new LocaleResolver() {
			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				asked.incrementAndGet();
				return Locale.forLanguageTag("fi");
			}

			@Override
			public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			}
		};
		LocaleContext context = new LocaleConfiguration.OncePerRequest(counting)
			.resolveLocaleContext(new MockHttpServletRequest());
		for (int i = 0; i < 5; i++) {
			assertThat(context.getLocale()).isEqualTo(Locale.forLanguageTag("fi"));
		}
		assertThat(asked).hasValue(1);
	}

	@Test
	void everyBrowserGetsBritishEnglishForNow() {
		LocaleContextResolver resolver = (LocaleContextResolver) new LocaleConfiguration().localeResolver();
		for (String asked : new String[] { "cs", "en-US", "es-ES,es;q=0.9", "" }) {
			MockHttpServletRequest request = new MockHttpServletRequest();
			if (!asked.isEmpty()) {
				request.addHeader("Accept-Language", asked);
			}
			assertThat(resolver.resolveLocaleContext(request).getLocale()).as(asked).isEqualTo(Locale.UK);
		}
	}

}
