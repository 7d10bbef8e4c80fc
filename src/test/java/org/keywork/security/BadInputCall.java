package org.keywork.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import org.assertj.core.api.SoftAssertions;

import org.springframework.data.domain.Slice;
import org.springframework.web.servlet.ModelAndView;

/**
 * What one call of {@link MalformedRequestTests} came back with: status, page, model,
 * anything thrown, and the log lines written meanwhile; {@link #assertSafe()} is the rule
 * every answer to bad input must keep.
 */
record BadInputCall(String what, int status, String body, ModelAndView model, Exception failure,
		List<ILoggingEvent> logs) {

	void assertSafe() {
		SoftAssertions softly = new SoftAssertions();
		assertSafe(softly);
		softly.assertAll();
	}

	void assertSafe(SoftAssertions softly) {
		softly.assertThat(this.failure).as("%s threw", this.what).isNull();
		softly.assertThat(this.status).as("%s: status", this.what).isLessThan(500);
		for (String leak : BadInput.LEAKS) {
			softly.assertThat(this.body).as("%s: the page shows no %s", this.what, leak).doesNotContain(leak);
		}
		for (ILoggingEvent event : this.logs) {
			String line = event.getFormattedMessage()
					+ (event.getThrowableProxy() != null ? ThrowableProxyUtil.asString(event.getThrowableProxy()) : "");
			// logs carry ids only: never what was typed, at any level
			softly.assertThat(line.toLowerCase(Locale.ROOT))
				.as("%s: a %s log line carries what was typed", this.what, event.getLevel())
				.doesNotContain(BadInput.MARKER.toLowerCase(Locale.ROOT));
			// bad input is the sender's mistake, not the application's: nothing to warn
			// an operator about
			softly.assertThat(event.getLevel().isGreaterOrEqual(Level.WARN))
				.as("%s: logged at %s: %s", this.what, event.getLevel(), line)
				.isFalse();
		}
	}

	/**
	 * The pages of rows in the model, whose size must be capped whatever the address asks
	 * for.
	 */
	List<Slice<?>> pages() {
		List<Slice<?>> pages = new ArrayList<>();
		if (this.model != null) {
			this.model.getModel().values().forEach(value -> {
				if (value instanceof Slice<?> slice) {
					pages.add(slice);
				}
			});
		}
		return pages;
	}

}
