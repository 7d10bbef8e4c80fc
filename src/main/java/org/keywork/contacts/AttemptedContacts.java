package org.keywork.contacts;

import java.time.Clock;
import java.time.Instant;

import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;
import org.keywork.security.Role;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.sharing.SharingDecision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records an attempted contact that did not reach the person (type
 * {@link ContactType#ATTEMPTED_NO_ANSWER}: recorded, never counted as contact) for
 * another capability, for example a missed appointment, inside that capability's
 * transaction.
 */
@Service
public class AttemptedContacts {

	private static final Logger log = LoggerFactory.getLogger(AttemptedContacts.class);

	private final AccessPolicy policy;

	private final ContactNoteRepository notes;

	private final Clock clock;

	AttemptedContacts(AccessPolicy policy, ContactNoteRepository notes, Clock clock) {
		this.policy = policy;
		this.notes = notes;
		this.clock = clock;
	}

	/**
	 * Records the attempt at {@code at} with {@code note}, shared with the person as
	 * {@code sharing} decides; returns the note's id.
	 * @throws AccessDeniedException if the account may not record contact with the person
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Long record(KeyworkUser user, ServiceUser person, Instant at, String location, String note,
			SharingDecision sharing) {
		if (!this.policy.canRecordContact(user, person)) {
			throw new AccessDeniedException("Cannot record contact for " + person.getId());
		}
		NoteContent content = new NoteContent(at, null, ContactType.ATTEMPTED_NO_ANSWER, location, null, note,
				new String[4], null, !sharing.isWithheld(), sharing.getWithheldReason(), sharing.getWithheldDetail(),
				false, null, null, null);
		ContactNote saved = this.notes.save(new ContactNote(person.getId(), user.getId(), user.hasRole(Role.PEER),
				content, this.clock.instant(), null));
		log.info("Attempted contact {} recorded for service user {} by account {}", saved.getId(), person.getId(),
				user.getId());
		return saved.getId();
	}

}
