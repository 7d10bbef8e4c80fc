package org.keywork.housing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether a tenancy was sustained at 6 and 12 months, on a controllable clock: the day
 * before the milestone, the day itself, an ended tenancy (before, on and after the
 * milestone), and months of different lengths.
 */
class TenancySustainedTests {

	private static final LocalDate START = LocalDate.of(2026, 1, 15);

	@Nested
	class AGoingTenancy {

		@Test
		void isDueTheDayBeforeSixMonthsAndSustainedOnTheDay() {
			assertThat(Sustained.of(6, START, null, today("2026-07-14")))
				.isEqualTo(new Sustained(6, Sustained.State.DUE, LocalDate.of(2026, 7, 15)));
			assertThat(Sustained.of(6, START, null, today("2026-07-15")).state()).isEqualTo(Sustained.State.SUSTAINED);
			assertThat(Sustained.of(12, START, null, today("2026-07-15")))
				.isEqualTo(new Sustained(12, Sustained.State.DUE, LocalDate.of(2027, 1, 15)));
		}

		@Test
		void isSustainedAtTwelveMonthsFromTheAnniversary() {
			assertThat(Sustained.of(12, START, null, today("2027-01-14")).state()).isEqualTo(Sustained.State.DUE);
			assertThat(Sustained.of(12, START, null, today("2027-01-15")).state()).isEqualTo(Sustained.State.SUSTAINED);
		}

		@Test
		void startedAtTheEndOfAMonthReachesSixMonthsOnTheLastDayOfAShorterMonth() {
			LocalDate start = LocalDate.of(2025, 8, 31);
			assertThat(Sustained.of(6, start, null, today("2026-02-27")).state()).isEqualTo(Sustained.State.DUE);
			assertThat(Sustained.of(6, start, null, today("2026-02-28")))
				.isEqualTo(new Sustained(6, Sustained.State.SUSTAINED, LocalDate.of(2026, 2, 28)));
		}

	}

	@Nested
	class AnEndedTenancy {

		@Test
		void endedTheDayBeforeSixMonthsWasNotSustainedEvenLater() {
			LocalDate ended = LocalDate.of(2026, 7, 14);
			assertThat(Sustained.of(6, START, ended, today("2026-07-14")).state())
				.isEqualTo(Sustained.State.NOT_SUSTAINED);
			assertThat(Sustained.of(6, START, ended, today("2028-01-01")).state())
				.isEqualTo(Sustained.State.NOT_SUSTAINED);
			assertThat(Sustained.of(12, START, ended, today("2028-01-01")).state())
				.isEqualTo(Sustained.State.NOT_SUSTAINED);
		}

		@Test
		void endedOnTheSixMonthDayWasSustainedForSixButNotTwelve() {
			LocalDate ended = LocalDate.of(2026, 7, 15);
			assertThat(Sustained.of(6, START, ended, today("2026-09-01")).state()).isEqualTo(Sustained.State.SUSTAINED);
			assertThat(Sustained.of(12, START, ended, today("2026-09-01")).state())
				.isEqualTo(Sustained.State.NOT_SUSTAINED);
		}

		@Test
		void endedAfterTwelveMonthsWasSustainedForBoth() {
			LocalDate ended = LocalDate.of(2027, 3, 1);
			assertThat(Sustained.of(6, START, ended, today("2027-06-01")).state()).isEqualTo(Sustained.State.SUSTAINED);
			assertThat(Sustained.of(12, START, ended, today("2027-06-01")).state())
				.isEqualTo(Sustained.State.SUSTAINED);
		}

	}

	/** Today on a fixed clock, in the application's zone. */
	private static LocalDate today(String date) {
		ZoneId zone = ZoneId.of("Europe/London");
		Clock clock = Clock.fixed(LocalDate.parse(date).atTime(23, 59).atZone(zone).toInstant(), zone);
		return LocalDate.now(clock);
	}

}
