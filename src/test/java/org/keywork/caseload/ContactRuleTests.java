package org.keywork.caseload;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContactRuleTests {

	static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

	static final LocalDate LONG_AGO = TODAY.minusDays(200);

	@Nested
	class WithASuccessfulContact {

		@Test
		void exactlySevenDaysAgoWithAWeeklyTargetIsDueTodayNotOverdue() {
			ContactRule.ContactStatus status = ContactRule.evaluate(TODAY, TODAY.minusDays(7), LONG_AGO, true, 7);
			assertThat(status.overdue()).isFalse();
			assertThat(status.daysSince()).isEqualTo(7);
			assertThat(status.dueOn()).isEqualTo(TODAY);
			assertThat(status.daysOverdue(TODAY)).isZero();
		}

		@Test
		void eightDaysAgoIsOverdueByOneDay() {
			ContactRule.ContactStatus status = ContactRule.evaluate(TODAY, TODAY.minusDays(8), LONG_AGO, true, 7);
			assertThat(status.overdue()).isTrue();
			assertThat(status.daysOverdue(TODAY)).isEqualTo(1);
		}

		@Test
		void theTeamsFrequencyDecides() {
			assertThat(ContactRule.evaluate(TODAY, TODAY.minusDays(10), LONG_AGO, true, 14).overdue()).isFalse();
			assertThat(ContactRule.evaluate(TODAY, TODAY.minusDays(10), LONG_AGO, true, 7).overdue()).isTrue();
			assertThat(ContactRule.evaluate(TODAY, TODAY.minusDays(3), LONG_AGO, true, 2).overdue()).isTrue();
		}

	}

	@Nested
	class WithoutASuccessfulContact {

		@Test
		void isMeasuredFromTheStartOfSupport() {
			assertThat(ContactRule.evaluate(TODAY, null, TODAY.minusDays(7), true, 7).overdue()).isFalse();
			ContactRule.ContactStatus status = ContactRule.evaluate(TODAY, null, TODAY.minusDays(8), true, 7);
			assertThat(status.overdue()).isTrue();
			assertThat(status.daysSince()).isNull();
		}

		@Test
		void onlyAppliesWhileSupportIsActive() {
			assertThat(ContactRule.evaluate(TODAY, null, null, false, 7).overdue()).isFalse();
			assertThat(ContactRule.evaluate(TODAY, TODAY.minusDays(30), LONG_AGO, false, 7).overdue()).isFalse();
			assertThat(ContactRule.evaluate(TODAY, null, null, false, 7).dueOn()).isNull();
		}

	}

	/**
	 * Issue 14 changes the rule: referred people (future tenants) are measured from the
	 * referral date; moved-on people never.
	 */
	@Nested
	class ByStatus {

		@Test
		void referredPeopleAreMeasuredFromTheReferral() {
			assertThat(ContactRule.evaluate(TODAY, null, null, TODAY.minusDays(7), "REFERRED", 7).overdue()).isFalse();
			assertThat(ContactRule.evaluate(TODAY, null, null, TODAY.minusDays(8), "REFERRED", 7).overdue()).isTrue();
			assertThat(
					ContactRule.evaluate(TODAY, TODAY.minusDays(2), null, TODAY.minusDays(30), "REFERRED", 7).overdue())
				.isFalse();
		}

		@Test
		void activePeopleFromTheStartOfSupportAndMovedOnPeopleNever() {
			assertThat(ContactRule.evaluate(TODAY, null, TODAY.minusDays(3), LONG_AGO, "ACTIVE", 7).overdue())
				.isFalse();
			assertThat(ContactRule.evaluate(TODAY, null, null, TODAY.minusDays(9), "ACTIVE", 7).overdue()).isTrue();
			assertThat(ContactRule.evaluate(TODAY, null, null, LONG_AGO, "MOVED_ON", 7).dueOn()).isNull();
		}

		@Test
		void aShorterTargetIsOverdueSooner() {
			assertThat(ContactRule.evaluate(TODAY, TODAY.minusDays(4), LONG_AGO, LONG_AGO, "ACTIVE", 3).overdue())
				.isTrue();
		}

	}

}
