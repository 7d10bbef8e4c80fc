package org.keywork.wellbeing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Wellbeing change across the teams a manager manages: per scale, for the people with two
 * or more readings of it, their average first and latest score and the average change
 * (SWEMWBS on metric scores only), and how many went up, stayed the same or went down.
 * Managers see withheld readings (staff of the team), so every reading counts. One query.
 */
@Service
@Transactional(readOnly = true)
public class TeamWellbeing {

	private final JdbcClient jdbc;

	private final AccessPolicy policy;

	TeamWellbeing(JdbcClient jdbc, AccessPolicy policy) {
		this.jdbc = jdbc;
		this.policy = policy;
	}

	/** The teams this account manages (empty for anyone else). */
	List<Long> managedTeams(KeyworkUser user) {
		return this.policy.teamIds(user).stream().filter(team -> this.policy.managesTeam(user, team)).sorted().toList();
	}

	/** One row per scale with at least one person who has two readings of it. */
	List<ScaleChange> changes(Collection<Long> teams) {
		if (teams.isEmpty()) {
			return List.of();
		}
		Map<Scale, List<BigDecimal[]>> pairs = new EnumMap<>(Scale.class);
		this.jdbc.sql("""
				select r.scale_code,
				  (array_agg(r.score order by r.taken_on, r.id))[1] as first_score,
				  (array_agg(r.score order by r.taken_on desc, r.id desc))[1] as latest_score
				from wellbeing_reading r
				join service_user s on s.id = r.service_user_id
				where s.team_id in (:teams)
				group by r.service_user_id, r.scale_code
				having count(*) >= 2
				""").param("teams", teams).query(rs -> {
			pairs.computeIfAbsent(Scale.valueOf(rs.getString("scale_code")), s -> new ArrayList<>())
				.add(new BigDecimal[] { rs.getBigDecimal("first_score"), rs.getBigDecimal("latest_score") });
		});
		List<ScaleChange> changes = new ArrayList<>();
		pairs.forEach((scale, list) -> changes.add(ScaleChange.of(scale, list)));
		return changes;
	}

	/** The change in one scale across the people with two or more readings of it. */
	public record ScaleChange(Scale scale, int people, BigDecimal averageFirst, BigDecimal averageLatest,
			BigDecimal averageChange, int improved, int stayed, int declined) {

		static ScaleChange of(Scale scale, List<BigDecimal[]> pairs) {
			BigDecimal first = BigDecimal.ZERO;
			BigDecimal latest = BigDecimal.ZERO;
			int improved = 0;
			int stayed = 0;
			int declined = 0;
			for (BigDecimal[] pair : pairs) {
				first = first.add(pair[0]);
				latest = latest.add(pair[1]);
				switch (pair[1].compareTo(pair[0])) {
					case 1 -> improved++;
					case 0 -> stayed++;
					default -> declined++;
				}
			}
			BigDecimal people = BigDecimal.valueOf(pairs.size());
			BigDecimal averageFirst = first.divide(people, 2, RoundingMode.HALF_UP);
			BigDecimal averageLatest = latest.divide(people, 2, RoundingMode.HALF_UP);
			BigDecimal averageChange = latest.subtract(first).divide(people, 2, RoundingMode.HALF_UP);
			return new ScaleChange(scale, pairs.size(), averageFirst, averageLatest, averageChange, improved, stayed,
					declined);
		}

	}

}
