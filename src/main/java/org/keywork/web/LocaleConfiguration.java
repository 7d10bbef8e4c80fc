package org.keywork.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.web.servlet.LocaleContextResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The interface languages Keywork has bundles for. A browser asking for a language
 * Keywork does not have yet (or for another English) gets British English, the language
 * the bundles are written in.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration {

	static final Locale DEFAULT = Locale.UK;

	@Bean
	LocaleResolver localeResolver() {
		AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
		resolver.setSupportedLocales(List.of(DEFAULT));
		resolver.setDefaultLocale(DEFAULT);
		return new OncePerRequest(resolver);
	}

	/**
	 * Works a request's language out once. Spring MVC otherwise asks the resolver again
	 * each time anything asks for the current locale (every date a page formats), and
	 * each time it read and parsed the {@code Accept-Language} header anew.
	 */
	static final class OncePerRequest implements LocaleContextResolver {

		private final LocaleResolver resolver;

		OncePerRequest(LocaleResolver resolver) {
			this.resolver = resolver;
		}

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			return this.resolver.resolveLocale(request);
		}

		@Override
		public LocaleContext resolveLocaleContext(HttpServletRequest request) {
			return new LocaleContext() {

				private Locale locale;

				@Override
				public Locale getLocale() {
					if (this.locale == null) {
						this.locale = OncePerRequest.this.resolver.resolveLocale(request);
					}
					return this.locale;
				}

			};
		}

		@Override
		public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			this.resolver.setLocale(request, response, locale);
		}

		@Override
		public void setLocaleContext(HttpServletRequest request, HttpServletResponse response,
				LocaleContext localeContext) {
			this.resolver.setLocale(request, response, (localeContext != null) ? localeContext.getLocale() : null);
		}

	}

}
