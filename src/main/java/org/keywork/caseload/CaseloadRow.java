package org.keywork.caseload;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One person on a caseload, callover or drill-down, with their weekly-contact status. Built for a whole page of
 * people in two queries ({@link CaseloadQueries}).
 * <p>
 * Room to grow: the support-records integration adds {@code reviewsDue}, {@code stepsDueThisWeek} and
 * {@code staffSafetyWarning} as components here, fills them in {@link CaseloadQueries#rows} with one grouped query
 * each, and adds them to {@link Urgency#CRITERIA}.
 */
public record CaseloadRow(Long personId, String reference, String legalName, String preferredName, String status,
		Long teamId, String teamName, int contactFrequencyDays, Long keyworkerId, String keyworkerName,
		Instant lastSuccessfulContact, Instant lastAttempt, LocalDate nextPlannedContact,
		ContactRule.ContactStatus contact) {

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
