package org.keywork.groups;

import java.util.List;
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
 * The last group sessions the person attended, on their page beside the weekly contact
 * status, for the staff of their team (sessions of their team's groups only: another
 * team's groups are not theirs to open): shown apart because group work does not replace
 * individual work (it never resets the contact clock). One query, sent with the rest of
 * the page's; nothing when they have attended none.
 */
@Component
@Order(6)
class GroupsSection implements PersonPageSection {

	static final int SHOWN = 3;

	private final GroupSessions sessions;

	private final AccessPolicy policy;

	GroupsSection(GroupSessions sessions, AccessPolicy policy) {
		this.sessions = sessions;
		this.policy = policy;
	}

	@Override
	public Later<Optional<Content>> content(KeyworkUser user, ServiceUser person, Batch batch) {
		if (!this.policy.canEdit(user, person)) {
			return Later.of(Optional.empty());
		}
		return this.sessions.latestAttendedBy(person, person.getTeamId(), SHOWN, batch).map(attended -> {
			if (attended.isEmpty()) {
				return Optional.empty();
			}
			return Optional.of(new Content("groups/person-section", "attended",
					new Data(attended.getContent(), attended.getTotalElements())));
		});
	}

	public record Data(List<GroupSessions.Attended> sessions, long total) {
	}

}
