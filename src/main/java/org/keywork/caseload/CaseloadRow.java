package org.keywork.caseload;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.keywork.support.SupportRecordQueries.ReviewDue;
import org.keywork.support.SupportRecordQueries.StepDue;

/**
 * One person on a caseload, callover or drill-down, with their weekly-contact status and
 * what their support records ask for soon: reviews due or overdue, Action Plan steps due
 * this week (or overdue), open goals, and whether their Safety &amp; Wellbeing Plan
 * carries a staff-safety warning; and how much the person added themselves in the portal
 * lately ({@code fromThePerson}: comments and steps marked done). Built for all the
 * people at once in a fixed number of queries ({@link CaseloadQueries}).
 */
record CaseloadRow(Long personId, String reference, String legalName, String preferredName, String status, Long teamId,
		String teamName, int contactFrequencyDays, Long keyworkerId, String keyworkerName,
		Instant lastSuccessfulContact, Instant lastAttempt, LocalDate nextPlannedContact,
		ContactRule.ContactStatus contact, List<ReviewDue> reviewsDue, List<StepDue> stepsDue, List<String> openGoals,
		boolean staffSafetyWarning, long fromThePerson) {

	public boolean reviewOverdue() {
		return this.reviewsDue.stream().anyMatch(ReviewDue::overdue);
	}

	public boolean stepOverdue(LocalDate today) {
		return this.stepsDue.stream().anyMatch(step -> step.due().isBefore(today));
	}

	/**
	 * Whether the date planned for the next contact has passed without a successful
	 * contact (never once support has ended).
	 */
	public boolean plannedContactMissed(LocalDate today) {
		return !"MOVED_ON".equals(this.status) && this.nextPlannedContact != null
				&& this.nextPlannedContact.isBefore(today);
	}

	public String knownAs() {
		return this.preferredName != null ? this.preferredName : this.legalName;
	}

	public boolean overdue() {
		return this.contact.overdue();
	}

	public boolean active() {
		return "ACTIVE".equals(this.status);
	}

}
