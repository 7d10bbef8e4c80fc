package org.keywork.caseload;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import org.keywork.caseload.CaseloadItems.CaseloadItem;
import org.keywork.support.SupportRecordQueries.ReviewDue;
import org.keywork.support.SupportRecordQueries.StepDue;

/**
 * One person on a caseload, callover or drill-down, with their weekly-contact status and
 * what their support records ask for soon: reviews due or overdue, Action Plan steps due
 * this week (or overdue), open goals, and whether their Safety &amp; Wellbeing Plan
 * carries a staff-safety warning; and how much the person added themselves in the portal
 * lately ({@code fromThePerson}: comments and steps marked done); and what other
 * capabilities add ({@link CaseloadItems}: outcome readings due, stages of change). Built
 * for all the people at once in a fixed number of queries ({@link CaseloadQueries}).
 * {@code contactFrequencyDays} is the person's current contact target (crisis, level or
 * team); {@code lastPeerContact} is shown beside the staff contact and never counts.
 */
public record CaseloadRow(Long personId, String reference, String legalName, String preferredName, String status,
		Long teamId, String teamName, int contactFrequencyDays, String intensityLevel, LocalDate crisisUntil,
		Long keyworkerId, String keyworkerName, Instant lastSuccessfulContact, Instant lastAttempt,
		Instant lastPeerContact, LocalDate nextPlannedContact, ContactRule.ContactStatus contact,
		List<ReviewDue> reviewsDue, List<StepDue> stepsDue, List<String> openGoals, boolean staffSafetyWarning,
		long fromThePerson, List<CaseloadItem> items) {

	/**
	 * Every list of one class whatever the data: a person with steps due had an
	 * {@code ArrayList}, one without an empty {@code List.of()}. Spring's expression
	 * compiler casts a call to the public class it first saw ({@code ArrayList}), so
	 * {@code row.stepsDue().isEmpty()} failed on the next person without steps and was
	 * compiled again (CompiledExpressionsStayTests, depending on the order of the rows).
	 * Wrapped, the compiler calls through the {@code List} interface.
	 */
	public CaseloadRow {
		reviewsDue = Collections.unmodifiableList(reviewsDue);
		stepsDue = Collections.unmodifiableList(stepsDue);
		openGoals = Collections.unmodifiableList(openGoals);
		items = Collections.unmodifiableList(items);
	}

	/** A support record's review, or an outcome reading, is past its date. */
	public boolean reviewOverdue() {
		return this.reviewsDue.stream().anyMatch(ReviewDue::overdue)
				|| this.items.stream().anyMatch(CaseloadItem::overdue);
	}

	/**
	 * The support-record reviews past their date (a method, not a selection in the
	 * template, so that Spring's expression compiler can compile what uses it).
	 */
	public List<ReviewDue> reviewsOverdue() {
		return this.reviewsDue.stream().filter(ReviewDue::overdue).toList();
	}

	/** The support-record reviews due soon and not yet past their date. */
	public List<ReviewDue> reviewsSoon() {
		return this.reviewsDue.stream().filter(review -> !review.overdue()).toList();
	}

	/**
	 * What other capabilities have due for the person (outcome readings), soonest first.
	 */
	public List<CaseloadItem> dueItems() {
		return this.items.stream().filter(CaseloadItem::isDue).toList();
	}

	/** What other capabilities want the callover to show (current stages of change). */
	public List<CaseloadItem> facts() {
		return this.items.stream().filter(item -> !item.isDue()).toList();
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

	/**
	 * The name to address the person by: their preferred name if they gave one (as
	 * {@code ServiceUser.displayName} does); lists show it first (issue 14).
	 */
	public String knownAs() {
		return this.preferredName != null && !this.preferredName.isBlank() ? this.preferredName : this.legalName;
	}

	/**
	 * The legal name, shown second, when the person is known by another name; null
	 * otherwise.
	 */
	public String legalNameIfOther() {
		return knownAs().equals(this.legalName) ? null : this.legalName;
	}

	public boolean overdue() {
		return this.contact.overdue();
	}

	public boolean active() {
		return "ACTIVE".equals(this.status);
	}

	/**
	 * Whether the weekly-contact rule applies: support active, or still referred (a
	 * future tenant).
	 */
	public boolean ruleApplies() {
		return "ACTIVE".equals(this.status) || "REFERRED".equals(this.status);
	}

	/** Whether a crisis step-up is in force (the intensive target applies). */
	public boolean inCrisis() {
		return this.crisisUntil != null;
	}

}
