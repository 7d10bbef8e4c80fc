package org.keywork.rent;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.keywork.database.Batch;
import org.keywork.database.Later;
import org.keywork.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each team's arrears threshold for the early warning, in weeks of rent: two unless an
 * administrator sets another ({@code rent_team_setting}, optimistic).
 */
@Service
@Transactional(readOnly = true)
class ArrearsThresholds {

	static final BigDecimal DEFAULT_WEEKS = new BigDecimal("2.0");

	private static final Logger log = LoggerFactory.getLogger(ArrearsThresholds.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	ArrearsThresholds(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The team's name (404 for an unknown team). */
	String teamName(Long teamId) {
		return this.jdbc.sql("select name from team where id = ?")
			.param(teamId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("Team", teamId));
	}

	/** The team's threshold and the version of its own setting (null when built in). */
	Setting of(Long teamId) {
		teamName(teamId);
		return this.jdbc.sql("select threshold_weeks, version from rent_team_setting where team_id = ?")
			.param(teamId)
			.query((rs, i) -> new Setting(rs.getBigDecimal(1), rs.getLong(2)))
			.optional()
			.orElse(new Setting(DEFAULT_WEEKS, null));
	}

	/**
	 * The threshold, in weeks of rent, of each of these people's team (one query,
	 * registered in {@code batch}).
	 */
	Later<Map<Long, BigDecimal>> forPeople(Collection<Long> personIds, Batch batch) {
		if (personIds.isEmpty()) {
			return Later.of(new HashMap<>());
		}
		return batch.sql("""
				select p.id, coalesce(s.threshold_weeks, :fallback) from service_user p
				left join rent_team_setting s on s.team_id = p.team_id
				where p.id = any(:people)
				""")
			.param("fallback", DEFAULT_WEEKS)
			.param("people", personIds.toArray(Long[]::new))
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getBigDecimal(2)))
			.map(entries -> {
				Map<Long, BigDecimal> weeks = new HashMap<>();
				entries.forEach(entry -> weeks.put(entry.getKey(), entry.getValue()));
				return weeks;
			});
	}

	/**
	 * Sets the team's threshold.
	 * @throws StaleSettingException if it was set or changed since it was read
	 */
	@Transactional
	void save(Long teamId, Long version, BigDecimal thresholdWeeks, Long accountId) {
		teamName(teamId);
		Timestamp now = Timestamp.from(this.clock.instant());
		int changed = version == null ? this.jdbc.sql("""
				insert into rent_team_setting (team_id, threshold_weeks, changed_at, changed_by)
				values (?, ?, ?, ?) on conflict (team_id) do nothing
				""").params(teamId, thresholdWeeks, now, accountId).update() : this.jdbc.sql("""
				update rent_team_setting set threshold_weeks = ?, changed_at = ?, changed_by = ?, version = version + 1
				where team_id = ? and version = ?
				""").params(thresholdWeeks, now, accountId, teamId, version).update();
		if (changed == 0) {
			throw new StaleSettingException(teamId);
		}
		log.info("Arrears threshold of team {} set by account {}", teamId, accountId);
	}

	record Setting(BigDecimal weeks, Long version) {
	}

	static class StaleSettingException extends RuntimeException {

		StaleSettingException(Long teamId) {
			super("Arrears threshold of team " + teamId + " changed since it was read");
		}

	}

}
