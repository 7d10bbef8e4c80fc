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
 * once support has been active for longer than the frequency. The rule applies to every
 * tenant <em>or future tenant</em> (issue 14): to people whose support is active and to
 * people still referred, who are measured from the day they were referred; moved-on
 * people are never overdue. Only contact by staff counts (a peer's note never resets the
 * clock; see {@code ContactSummaries}). The frequency is the person's current target (a
 * crisis step-up, else their support level, else the team's frequency). Days are calendar
 * days in the service's time zone.
 */
final class ContactRule {

	private ContactRule() {
	}

	/**
	 * The rule for a person in a given status: active people from the day support started
	 * (or, lacking one, the referral date), referred people from the referral date,
	 * moved-on people never.
	 * @param status REFERRED, ACTIVE or MOVED_ON
	 */
	public static ContactStatus evaluate(LocalDate today, LocalDate lastSuccessful, LocalDate supportStart,
			LocalDate referredOn, String status, int frequencyDays) {
		return switch (status) {
			case "ACTIVE" ->
				evaluate(today, lastSuccessful, supportStart != null ? supportStart : referredOn, true, frequencyDays);
			case "REFERRED" -> evaluate(today, lastSuccessful, referredOn, true, frequencyDays);
			default -> evaluate(today, lastSuccessful, null, false, frequencyDays);
		};
	}

	/**
	 * @param today the service's today (from the application clock)
	 * @param lastSuccessful the date of the last successful contact, or null if none
	 * @param supportStart the date support started, or null
	 * @param active whether the rule applies to the person (support active, or referred)
	 * @param frequencyDays the person's contact target in days
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
