package org.keywork.earlywarning;

import java.time.LocalDate;
import java.util.List;

import org.keywork.housing.EarlyWarningSignal.Signal;
import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;
import org.keywork.security.PersonRecord;
import org.keywork.serviceusers.PersonBanner;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * "Home at risk" above every page of a flagged person, for staff who may change the
 * person's records (never a peer, never the person: ADR 015): the reasons and how far the
 * checklist has got, with the way to it. Asks nothing for other roles; for staff, one
 * query per signal source and, only when there are signals, one for the person (is it in
 * reach?) and one for the checklist.
 */
@Component
@Order(5)
class EarlyWarningBanner implements PersonBanner {

	private final JdbcClient jdbc;

	private final AccessPolicy policy;

	private final EarlyWarnings warnings;

	EarlyWarningBanner(JdbcClient jdbc, AccessPolicy policy, EarlyWarnings warnings) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.warnings = warnings;
	}

	@Override
	public List<Banner> banners(KeyworkUser user, long personId) {
		if (!this.policy.worksByTeam(user)) {
			return List.of();
		}
		LocalDate today = this.warnings.today();
		List<Signal> signals = this.warnings.signals(List.of(personId), today).getOrDefault(personId, List.of());
		if (signals.isEmpty()) {
			return List.of();
		}
		PersonRecord person = this.jdbc.sql("select team_id, keyworker_id from service_user where id = ?")
			.param(personId)
			.query((rs,
					i) -> (PersonRecord) new Person(personId, rs.getLong("team_id"),
							(Long) rs.getObject("keyworker_id")))
			.optional()
			.orElse(null);
		if (person == null || !this.policy.canEdit(user, person)) {
			return List.of();
		}
		long done = this.warnings.progress(List.of(personId)).getOrDefault(personId, 0L);
		return List.of(new Banner("earlywarning/banner", "banner",
				new Data(personId, signals, done, ChecklistStep.values().length)));
	}

	/** What the banner shows. */
	public record Data(long personId, List<Signal> signals, long done, int steps) {
	}

	private record Person(Long getId, Long getTeamId, Long getKeyworkerId) implements PersonRecord {
	}

}
