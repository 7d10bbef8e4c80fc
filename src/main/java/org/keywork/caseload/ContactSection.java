package org.keywork.caseload;

import java.time.LocalDate;
import java.util.Optional;

import org.keywork.database.Batch;
import org.keywork.database.Later;
import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.PersonPageSection;
import org.keywork.serviceusers.ServiceUser;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The weekly-contact status on a person's page, for the staff who may change the record:
 * the same row the caseload shows (days since the last successful contact, overdue or
 * due, the next planned contact), worked out by the same code, so the two never disagree.
 * A worker who may not read all the person's restricted notes sees the status as their
 * readable notes make it: a restricted note they did not write does not show, not even
 * its date.
 */
@Component
@Order(5)
class ContactSection implements PersonPageSection {

	private final CaseloadQueries queries;

	private final CaseloadService service;

	private final AccessPolicy policy;

	ContactSection(CaseloadQueries queries, CaseloadService service, AccessPolicy policy) {
		this.queries = queries;
		this.service = service;
		this.policy = policy;
	}

	@Override
	public Later<Optional<Content>> content(KeyworkUser user, ServiceUser person, Batch batch) {
		if (!this.policy.canEdit(user, person)) {
			return Later.of(Optional.empty());
		}
		var today = this.service.today();
		return this.queries
			.contactOnly(person.getTeamId(), person.getId(), this.policy.noteRule(user, person), today, batch)
			.map(found -> found.map(row -> new Content("caseload/person-section", "contact", new Data(row, today))));
	}

	/** The person's caseload row and the day it was worked out for. */
	public record Data(CaseloadRow row, LocalDate today) {
	}

}
