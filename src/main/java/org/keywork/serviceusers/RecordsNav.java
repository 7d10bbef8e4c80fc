package org.keywork.serviceusers;

import java.util.ArrayList;
import java.util.List;

import org.keywork.security.AccessPolicy;
import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.security.PeerScope;
import org.keywork.security.PersonRecord;
import org.keywork.security.Role;

import org.springframework.stereotype.Component;

/**
 * The sections of a person's record the signed-in reader may open, for the navigation
 * above each record ({@code fragments/person :: recordsNav}): a linked peer is offered
 * only what the link's scope lets them read (never the Safety &amp; Wellbeing Plan; the
 * Overview and outcome measures only with the Overview scope), so no link leads to a 404.
 */
@Component("recordsNav")
public class RecordsNav {

	private static final List<String> ALL = List.of("details", "support-overview", "safety-plan", "action-plan",
			"outcomes", "wellbeing", "cycle-of-change");

	private final AccessPolicy policy;

	RecordsNav(AccessPolicy policy) {
		this.policy = policy;
	}

	public List<String> sections(PersonRecord person) {
		KeyworkUser user = CurrentUser.get();
		if (!user.hasRole(Role.PEER)) {
			return ALL;
		}
		List<String> sections = new ArrayList<>(List.of("details"));
		if (this.policy.peerScope(user, person).includes(PeerScope.OVERVIEW)) {
			sections.add("support-overview");
		}
		sections.add("action-plan");
		if (this.policy.canReadOutcomes(user, person)) {
			sections.addAll(List.of("outcomes", "wellbeing", "cycle-of-change"));
		}
		return sections;
	}

}
