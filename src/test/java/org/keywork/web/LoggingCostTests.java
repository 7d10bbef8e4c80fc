package org.keywork.web;

import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asking whether a level is enabled stays cheap: Logback asks every turbo filter on each
 * {@code isTraceEnabled}/{@code isDebugEnabled} check, and Thymeleaf makes one for each
 * expression of a page (Micrometer's Logback metrics added one: 9 % of the person page's
 * app CPU).
 */
@KeyworkTest
class LoggingCostTests {

	@Test
	void noTurboFilterIsAskedOnEveryLevelCheck() {
		LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
		assertThat(logging.getTurboFilterList()).isEmpty();
	}

}
