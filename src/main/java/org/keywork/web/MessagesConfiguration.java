package org.keywork.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * Keywork's message source: Spring Boot's, configured by the same
 * {@code spring.messages.*} properties, but with the bundles merged into one table per
 * language ({@link MergedBundleMessageSource}). Declaring a bean named
 * {@value AbstractApplicationContext#MESSAGE_SOURCE_BEAN_NAME} turns Boot's own off.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	@Bean
	@ConfigurationProperties("spring.messages")
	MessageSourceProperties keyworkMessageSourceProperties() {
		return new MessageSourceProperties();
	}

	@Bean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
	MessageSource messageSource(MessageSourceProperties properties) {
		// a cache duration asks for bundles re-read while running: Spring's own source
		// does that
		ResourceBundleMessageSource source = properties.getCacheDuration() == null ? new MergedBundleMessageSource()
				: new ResourceBundleMessageSource();
		if (properties.getCacheDuration() != null) {
			source.setCacheMillis(properties.getCacheDuration().toMillis());
		}
		source.setBasenames(properties.getBasename().toArray(String[]::new));
		if (properties.getEncoding() != null) {
			source.setDefaultEncoding(properties.getEncoding().name());
		}
		source.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
		source.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
		source.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
		source.setCommonMessages(commonMessages(properties.getCommonMessages()));
		return source;
	}

	/** {@code spring.messages.common-messages}, read as Spring Boot's own source does. */
	private static Properties commonMessages(List<Resource> resources) {
		if (resources == null || resources.isEmpty()) {
			return null;
		}
		Properties messages = new Properties();
		for (Resource resource : resources) {
			try {
				PropertiesLoaderUtils.fillProperties(messages, resource);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not read the common messages " + resource, ex);
			}
		}
		return messages;
	}

}
