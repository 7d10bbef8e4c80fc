package org.keywork.groups;

import java.util.List;
import java.util.Optional;

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
 * individual work (it never resets the contact clock). Two queries; nothing when they
 * have attended none.
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
	public Optional<Content> content(KeyworkUser user, ServiceUser person) {
		if (!this.policy.canEdit(user, person)) {
			return Optional.empty();
		}
		var attended = this.sessions.attendedBy(person, person.getTeamId(), 0, SHOWN);
		if (attended.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Content("groups/person-section", "attended",
				new Data(attended.getContent(), attended.getTotalElements())));
	}

	public record Data(List<GroupSessions.Attended> sessions, long total) {
	}

}
