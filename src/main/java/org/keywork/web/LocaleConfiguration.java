package org.keywork.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
		return resolver;
	}

}
