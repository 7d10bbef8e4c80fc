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
 * reach?) with how far the checklist has got.
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
		// the person (is it in reach?) and how far the checklist has got, in one
		// statement
		long[] done = new long[1];
		PersonRecord person = this.jdbc.sql("""
				select su.team_id, su.keyworker_id,
				  (select count(s.id) filter (where s.done)
				   from early_warning w left join early_warning_step s on s.warning_id = w.id
				   where w.service_user_id = su.id and w.closed_at is null) as done
				from service_user su where su.id = ?
				""").param(personId).query((rs, i) -> {
			done[0] = rs.getLong("done");
			return (PersonRecord) new Person(personId, rs.getLong("team_id"), (Long) rs.getObject("keyworker_id"));
		}).optional().orElse(null);
		if (person == null || !this.policy.canEdit(user, person)) {
			return List.of();
		}
		return List.of(new Banner("earlywarning/banner", "banner",
				new Data(personId, signals, done[0], ChecklistStep.values().length)));
	}

	/** What the banner shows. */
	public record Data(long personId, List<Signal> signals, long done, int steps) {
	}

	private record Person(Long getId, Long getTeamId, Long getKeyworkerId) implements PersonRecord {
	}

}
