package org.keywork.changecycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;
import org.keywork.web.Dates;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People moving through the Cycle of Change, for the managers of a team: how many open
 * issues are at each stage now, and how many moved forward or lapsed in the last
 * {@link #MONTHS} months, over the people of the teams they manage. Counts only (withheld
 * issues are counted: managers are staff of those teams); two queries.
 */
@Service
@Transactional(readOnly = true)
class TeamCycle {

	static final int MONTHS = 3;

	private final JdbcClient jdbc;

	private final AccessPolicy policy;

	private final Dates dates;

	TeamCycle(JdbcClient jdbc, AccessPolicy policy, Dates dates) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.dates = dates;
	}

	Summary summary(KeyworkUser user) {
		List<Long> teams = this.policy.teamIds(user)
			.stream()
			.filter(team -> this.policy.managesTeam(user, team))
			.toList();
		LocalDate today = this.dates.today();
		LocalDate since = today.minusMonths(MONTHS);
		Map<Stage, Integer> now = new EnumMap<>(Stage.class);
		Map<Stage, Integer> forwardInto = new EnumMap<>(Stage.class);
		for (Stage stage : Stage.values()) {
			now.put(stage, 0);
			forwardInto.put(stage, 0);
		}
		if (teams.isEmpty()) {
			return summary(now, forwardInto, 0, 0, since, today);
		}
		long people = current(teams, now);
		int[] lapses = { 0 };
		this.jdbc.sql("""
				select stage, previous from (
				  select s.stage, s.stage_on,
				    lag(s.stage) over (partition by s.issue_id order by s.stage_on, s.id) as previous
				  from cycle_stage s
				  join cycle_issue i on i.id = s.issue_id
				  join service_user p on p.id = i.service_user_id
				  where p.team_id in (:teams)
				) moves
				where stage_on > :since and stage_on <= :today
				""").param("teams", teams).param("since", since).param("today", today).query((rs, n) -> {
			Stage stage = Stage.valueOf(rs.getString("stage"));
			String previous = rs.getString("previous");
			if (stage.isLapse() && previous != null) {
				lapses[0]++;
			}
			else if (Stage.isForward(previous == null ? null : Stage.valueOf(previous), stage)) {
				forwardInto.merge(stage, 1, Integer::sum);
			}
			return stage;
		}).list();
		return summary(now, forwardInto, people, lapses[0], since, today);
	}

	/** Fills the open issues at each stage now; answers how many people have one. */
	private long current(Collection<Long> teams, Map<Stage, Integer> now) {
		List<Long> people = new ArrayList<>();
		this.jdbc.sql("""
				select s.stage, count(*) as issues, count(distinct i.service_user_id) as people,
				  (select count(distinct i2.service_user_id) from cycle_issue i2
				   join service_user p2 on p2.id = i2.service_user_id
				   where p2.team_id in (:teams) and i2.closed_at is null) as all_people
				from cycle_issue i
				join service_user p on p.id = i.service_user_id
				join lateral (select stage from cycle_stage where issue_id = i.id
				              order by stage_on desc, id desc limit 1) s on true
				where p.team_id in (:teams) and i.closed_at is null
				group by s.stage
				""").param("teams", teams).query((rs, n) -> {
			now.put(Stage.valueOf(rs.getString("stage")), rs.getInt("issues"));
			people.add(rs.getLong("all_people"));
			return n;
		}).list();
		return people.isEmpty() ? 0 : people.get(0);
	}

	private static Summary summary(Map<Stage, Integer> now, Map<Stage, Integer> forwardInto, long people, int lapses,
			LocalDate since, LocalDate today) {
		List<StageRow> rows = new ArrayList<>();
		for (Stage stage : Stage.byRow()) {
			rows.add(new StageRow(stage, now.get(stage), stage.isLapse() ? lapses : forwardInto.get(stage)));
		}
		int forward = forwardInto.values().stream().mapToInt(Integer::intValue).sum();
		return new Summary(rows, people, forward, lapses, since, today, StageBars.of(rows));
	}

	/**
	 * One stage: open issues there now, and the moves into it in the period (for the
	 * lapse row, the lapses).
	 */
	public record StageRow(Stage stage, int openNow, int movesIn) {
	}

	/** The team view's numbers and chart. */
	public record Summary(List<StageRow> rows, long people, int movedForward, int lapsed, LocalDate since,
			LocalDate today, StageBars chart) {

		public int openIssues() {
			return this.rows.stream().mapToInt(StageRow::openNow).sum();
		}

	}

}
