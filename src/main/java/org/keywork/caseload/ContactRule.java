package org.keywork.caseload;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The weekly-contact rule. A person is <em>overdue</em> when more whole days than their
 * team's contact frequency have passed since the last <em>successful</em> contact
 * (attempts with no answer do not count): with a frequency of 7, contact 7 days ago is
 * due today and not overdue; 8 days ago is overdue by one day.
 * <p>
 * Someone never successfully contacted is measured from the day support started: overdue
 * once support has been active for longer than the frequency. The rule applies only to
 * people whose support is active; referred and moved-on people are never overdue. Days
 * are calendar days in the service's time zone.
 */
final class ContactRule {

	private ContactRule() {
	}

	/**
	 * @param today the service's today (from the application clock)
	 * @param lastSuccessful the date of the last successful contact, or null if none
	 * @param supportStart the date support started, or null
	 * @param active whether the person's support is active
	 * @param frequencyDays the team's contact frequency
	 */
	public static ContactStatus evaluate(LocalDate today, LocalDate lastSuccessful, LocalDate supportStart,
			boolean active, int frequencyDays) {
		Long daysSince = lastSuccessful == null ? null : ChronoUnit.DAYS.between(lastSuccessful, today);
		LocalDate from = lastSuccessful != null ? lastSuccessful : supportStart;
		if (!active || from == null) {
			return new ContactStatus(daysSince, null, false);
		}
		LocalDate dueOn = from.plusDays(frequencyDays);
		return new ContactStatus(daysSince, dueOn, today.isAfter(dueOn));
	}

	/**
	 * @param daysSince whole days since the last successful contact, or null if there has
	 * been none
	 * @param dueOn the last day contact is within the target, or null when the rule does
	 * not apply
	 * @param overdue whether that day has passed
	 */
	public record ContactStatus(Long daysSince, LocalDate dueOn, boolean overdue) {

		/**
		 * Days past {@link #dueOn} (positive when overdue), or null when the rule does
		 * not apply.
		 */
		public Long daysOverdue(LocalDate today) {
			return this.dueOn == null ? null : ChronoUnit.DAYS.between(this.dueOn, today);
		}

	}

}
