package org.keywork.earlywarning;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.keywork.database.Batch;
import org.keywork.database.Later;
import org.keywork.housing.EarlyWarningSignal.Signal;
import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;
import org.keywork.security.PersonRecord;
import org.keywork.serviceusers.PersonBanner;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "Home at risk" above every page of a flagged person, for staff who may change the
 * person's records (never a peer, never the person: ADR 015): the reasons and how far the
 * checklist has got, with the way to it. Asks nothing for other roles; for staff, the
 * signal sources' queries and one for the person (is it in reach?) with how far the
 * checklist has got, all in the banners' batch (ADR 022); whether the person is in reach
 * is decided only when there are signals.
 */
@Component
@Order(5)
class EarlyWarningBanner implements PersonBanner {

	private final AccessPolicy policy;

	private final EarlyWarnings warnings;

	EarlyWarningBanner(AccessPolicy policy, EarlyWarnings warnings) {
		this.policy = policy;
		this.warnings = warnings;
	}

	@Override
	public Later<List<Banner>> banners(KeyworkUser user, long personId, Batch batch) {
		if (!this.policy.worksByTeam(user)) {
			return Later.of(List.of());
		}
		LocalDate today = this.warnings.today();
		Later<Map<Long, List<Signal>>> signals = this.warnings.signals(List.of(personId), today, batch);
		// the person (is it in reach?) and how far the checklist has got, in one query
		Later<Optional<Reach>> person = batch.sql("""
				select su.team_id, su.keyworker_id,
				  (select count(s.id) filter (where s.done)
				   from early_warning w left join early_warning_step s on s.warning_id = w.id
				   where w.service_user_id = su.id and w.closed_at is null) as done
				from service_user su where su.id = ?
				""")
			.param(personId)
			.optional((rs, i) -> new Reach(
					new Person(personId, rs.getLong("team_id"), rs.getObject("keyworker_id", Long.class)),
					rs.getLong("done")));
		return Later.from(() -> {
			List<Signal> raised = signals.get().getOrDefault(personId, List.of());
			if (raised.isEmpty()) {
				return List.of();
			}
			Reach reach = person.get().orElse(null);
			if (reach == null || !this.policy.canEdit(user, reach.person())) {
				return List.of();
			}
			return List.of(new Banner("earlywarning/banner", "banner",
					new Data(personId, raised, reach.done(), ChecklistStep.values().length)));
		});
	}

	/** What the banner shows. */
	public record Data(long personId, List<Signal> signals, long done, int steps) {
	}

	private record Person(Long getId, Long getTeamId, Long getKeyworkerId) implements PersonRecord {
	}

	private record Reach(PersonRecord person, long done) {
	}

}
