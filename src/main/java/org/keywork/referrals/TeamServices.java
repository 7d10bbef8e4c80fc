package org.keywork.referrals;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The services a team's people use, for its managers: per agency, the number of referrals
 * in each status and the number of people using it (attending, or ended with a good
 * outcome). Counts only, with no names or reasons, so withheld referrals are counted too
 * (managers see them). One query.
 */
@Service
@Transactional(readOnly = true)
public class TeamServices {

	private final JdbcClient jdbc;

	private final AccessPolicy policy;

	TeamServices(JdbcClient jdbc, AccessPolicy policy) {
		this.jdbc = jdbc;
		this.policy = policy;
	}

	List<Long> managedTeams(KeyworkUser user) {
		return this.policy.teamIds(user).stream().filter(team -> this.policy.managesTeam(user, team)).sorted().toList();
	}

	/** One row per agency with a referral from the teams' people, by agency name. */
	List<AgencyCounts> counts(List<Long> teams) {
		if (teams.isEmpty()) {
			return List.of();
		}
		Map<Long, AgencyCounts> rows = new LinkedHashMap<>();
		this.jdbc.sql("""
				select a.id, a.name, r.status, count(*) as referrals,
				  count(distinct r.service_user_id) filter (where r.status = 'ATTENDING'
				    or (r.status = 'ENDED' and r.outcome_good)) as using
				from referral r join agency a on a.id = r.agency_id
				join service_user s on s.id = r.service_user_id
				where s.team_id in (:teams)
				group by a.id, a.name, r.status
				order by lower(a.name), a.id
				""").param("teams", teams).query(rs -> {
			long id = rs.getLong("id");
			String name = rs.getString("name");
			AgencyCounts row = rows.computeIfAbsent(id,
					key -> new AgencyCounts(name, new EnumMap<>(ReferralStatus.class), new int[1]));
			row.byStatus().put(ReferralStatus.valueOf(rs.getString("status")), rs.getInt("referrals"));
			row.using()[0] += rs.getInt("using");
		});
		return new ArrayList<>(rows.values());
	}

	/** The referrals to one agency by status, and how many people use it. */
	public record AgencyCounts(String agency, Map<ReferralStatus, Integer> byStatus, int[] using) {

		public int count(ReferralStatus status) {
			return this.byStatus.getOrDefault(status, 0);
		}

		public int people() {
			return this.using[0];
		}

		public int total() {
			return this.byStatus.values().stream().mapToInt(Integer::intValue).sum();
		}

	}

}
