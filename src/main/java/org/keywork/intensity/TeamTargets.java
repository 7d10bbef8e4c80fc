package org.keywork.intensity;

import java.util.EnumMap;
import java.util.Map;

import org.keywork.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team's own contact target and review interval for each support level
 * ({@code intensity_default}), set by administrators. A level the team has no row for
 * uses the built-in target ({@link Level}; standard follows the team's contact
 * frequency). Saving is all or nothing and optimistic: a level changed (or first set) by
 * someone else since the form was read fails the whole save.
 */
@Service
@Transactional(readOnly = true)
class TeamTargets {

	private static final Logger log = LoggerFactory.getLogger(TeamTargets.class);

	private final JdbcClient jdbc;

	TeamTargets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The team's name (404 for an unknown team). */
	String teamName(Long teamId) {
		return this.jdbc.sql("select name from team where id = ?")
			.param(teamId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("Team", teamId));
	}

	/** Each level's targets in the team, stored or built in (version null). */
	Map<Level, Stored> of(Long teamId) {
		int frequency = this.jdbc.sql("select contact_frequency_days from team where id = ?")
			.param(teamId)
			.query(Integer.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("Team", teamId));
		Map<Level, Stored> targets = new EnumMap<>(Level.class);
		for (Level level : Level.values()) {
			targets.put(level, new Stored(level.contactDays(frequency), level.reviewDays(), null));
		}
		this.jdbc.sql("select level, contact_days, review_days, version from intensity_default where team_id = ?")
			.param(teamId)
			.query(rs -> {
				targets.put(Level.valueOf(rs.getString("level")),
						new Stored(rs.getInt("contact_days"), rs.getInt("review_days"), rs.getLong("version")));
			});
		return targets;
	}

	/**
	 * Saves every level's targets.
	 * @throws StaleTargetsException if any level was changed since the form was read
	 */
	@Transactional
	void save(Long teamId, TeamTargetsForm form) {
		teamName(teamId);
		for (TeamTargetsForm.Row row : form.getRows()) {
			int changed;
			if (row.getVersion() == null) {
				changed = this.jdbc.sql("""
						insert into intensity_default (team_id, level, contact_days, review_days)
						values (:team, :level, :contact, :review) on conflict (team_id, level) do nothing
						""")
					.param("team", teamId)
					.param("level", row.getLevel().name())
					.param("contact", row.getContactDays())
					.param("review", row.getReviewDays())
					.update();
			}
			else {
				changed = this.jdbc.sql("""
						update intensity_default set contact_days = :contact, review_days = :review,
						       version = version + 1
						where team_id = :team and level = :level and version = :version
						""")
					.param("team", teamId)
					.param("level", row.getLevel().name())
					.param("contact", row.getContactDays())
					.param("review", row.getReviewDays())
					.param("version", row.getVersion())
					.update();
			}
			if (changed == 0) {
				throw new StaleTargetsException(teamId);
			}
		}
		log.info("Support level targets of team {} saved", teamId);
	}

	/** A level's targets; {@code version} is null when the team has no row of its own. */
	record Stored(int contactDays, int reviewDays, Long version) {
	}

	/** Someone else changed the team's targets since the form was read. */
	static class StaleTargetsException extends RuntimeException {

		StaleTargetsException(Long teamId) {
			super("Support level targets of team " + teamId + " changed since they were read");
		}

	}

}
