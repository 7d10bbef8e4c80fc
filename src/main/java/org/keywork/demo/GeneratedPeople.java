package org.keywork.demo;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.keywork.demo.GenerationPlan.Person;
import org.keywork.demo.GenerationPlan.Plan;
import org.keywork.demo.GenerationPlan.Staff;
import org.postgresql.PGConnection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * The planned part of generated data ({@link DataGenerator}): teams, staff, service users
 * and peer links, loaded with PostgreSQL {@code COPY ... FROM STDIN}; then keyworker
 * assignments and portal accounts from them in SQL. {@link #people} leaves the temporary
 * table {@code gen_person} (one row per generated person, with the span of their support)
 * that every later step of the same transaction reads.
 */
@Component
class GeneratedPeople {

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	GeneratedPeople(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	int teams(Plan plan) {
		return this.jdbc.sql("""
				insert into team (name, contact_frequency_days, review_interval_months)
				select 'Generated team ' || t, 7, 3 from generate_series(1, :teams) t order by t
				""").param("teams", plan.preset().teams).update();
	}

	int staff(Plan plan, Instant now) {
		StringBuilder rows = new StringBuilder();
		for (Staff s : plan.staff()) {
			row(rows, s.username(), s.displayName(), DataGenerator.PASSWORD_HASH, s.role(), "07700 900000",
					instant(now), instant(now));
		}
		int added = copy("account (username, display_name, password_hash, role, work_phone, created_at, updated_at)",
				rows);
		Map<String, Long> ids = staffIds();
		Map<Integer, Long> teamIds = teamIds();
		StringBuilder links = new StringBuilder();
		for (Staff s : plan.staff()) {
			row(links, String.valueOf(ids.get(s.username())), String.valueOf(teamIds.get(s.team())));
		}
		copy("account_team (account_id, team_id)", links);
		return added;
	}

	int people(Plan plan, Instant now) {
		Map<String, Long> staff = staffIds();
		Map<Integer, Long> teams = teamIds();
		StringBuilder rows = new StringBuilder();
		for (Person p : plan.people()) {
			long manager = staff.get("gen-manager-" + (p.team() + 1));
			LocalDate createdOn = p.referredOn();
			String created = instant(createdOn.atTime(11, 0).toInstant(ZoneOffset.UTC));
			row(rows, "GEN-%06d".formatted(p.i()), p.legalName(), p.preferredName(), p.pronouns(), p.dob().toString(),
					p.phone(), p.address(), "English", String.valueOf(teams.get(p.team())), p.status(),
					date(p.supportStart()), date(p.supportEnd()),
					p.supportEnd() == null ? null : "Moved on to a home of their own with no ongoing support needs",
					p.keyworker() == null ? null : String.valueOf(staff.get(p.keyworker())), created,
					String.valueOf(manager), created, String.valueOf(manager), p.referredOn().toString());
		}
		int added = copy("""
				service_user (reference, legal_name, preferred_name, pronouns, date_of_birth, phone, address, languages,
				  team_id, status, support_start, support_end, move_on_reason, keyworker_id, created_at, created_by,
				  updated_at, updated_by, referred_on)""", rows);
		this.jdbc
			.sql("""
					create temp table gen_person on commit drop as
					select cast(substr(s.reference, 5) as integer) as i, s.id, s.team_id, s.status, s.keyworker_id,
					       coalesce(s.keyworker_id, s.created_by) as author,
					       case when s.keyworker_id is null then 'MANAGER' else 'WORKER' end as author_role,
					       s.created_by as manager_id,
					       coalesce(s.support_start, s.referred_on) as from_day,
					       cast(coalesce(s.support_start, s.referred_on) as timestamp) at time zone 'UTC' + interval '9 hours'
					         as from_at,
					       coalesce(cast(s.support_end as timestamp) at time zone 'UTC' + interval '17 hours',
					                cast(:now as timestamptz)) as to_at
					from service_user s where s.reference like 'GEN-%'
					""")
			.param("now", Timestamp.from(now))
			.update();
		this.jdbc.sql("create index on gen_person (i)").update();
		this.jdbc.sql("analyze gen_person").update();
		return added;
	}

	int peerLinks(Plan plan, LocalDate today) {
		Map<String, Long> staff = staffIds();
		Map<Integer, Long> person = new HashMap<>();
		this.jdbc.sql("select i, id from gen_person").query((rs, n) -> person.put(rs.getInt(1), rs.getLong(2))).list();
		StringBuilder rows = new StringBuilder();
		for (int t = 0; t < plan.peersByTeam().length; t++) {
			List<Person> active = plan.people()
				.subList(plan.teamStart()[t], plan.teamStart()[t] + plan.teamSize()[t])
				.stream()
				.filter(p -> p.status().equals("ACTIVE"))
				.toList();
			int next = 0;
			for (int peer : plan.peersByTeam()[t]) {
				long peerId = staff.get("gen-peer-" + peer);
				long manager = staff.get("gen-manager-" + (t + 1));
				for (int k = 0; k < 4 && next < active.size(); k++, next += 5) {
					Person p = active.get(next);
					LocalDate since = today.minusDays(20 + (p.i() % 200));
					row(rows, String.valueOf(person.get(p.i())), String.valueOf(peerId),
							instant(since.atTime(10, 0).toInstant(ZoneOffset.UTC)), String.valueOf(manager),
							since.toString(), String.valueOf(manager), (k % 2 == 0) ? "NOTES" : "ACTION_PLAN");
				}
			}
		}
		return copy("peer_link (service_user_id, peer_id, started_at, created_by, consent_given_on, "
				+ "consent_recorded_by, scope)", rows);
	}

	/** Each generated person's keyworker since the start of their support. */
	int keyworkerAssignments() {
		return this.jdbc.sql("""
				insert into keyworker_assignment (service_user_id, keyworker_id, started_at, reason, changed_by)
				select id, keyworker_id, from_at, 'Keyworker at the start of support', manager_id
				from gen_person where keyworker_id is not null order by i
				""").update();
	}

	/** A portal account for one active person in ten. */
	int portalAccounts(Instant now) {
		return this.jdbc
			.sql("""
					insert into account (username, display_name, password_hash, role, service_user_id, created_at, updated_at)
					select 'gen-person-' || p.i, coalesce(s.preferred_name || ' (generated)', s.legal_name), :hash,
					       'SERVICE_USER', p.id, :now, :now
					from gen_person p join service_user s on s.id = p.id
					where p.status = 'ACTIVE' and p.i % 10 = 3 order by p.i
					""")
			.param("hash", DataGenerator.PASSWORD_HASH)
			.param("now", Timestamp.from(now))
			.update();
	}

	private Map<String, Long> staffIds() {
		Map<String, Long> ids = new HashMap<>();
		this.jdbc.sql("select username, id from account where username like 'gen-%' and role <> 'SERVICE_USER'")
			.query((rs, n) -> ids.put(rs.getString(1), rs.getLong(2)))
			.list();
		return ids;
	}

	private Map<Integer, Long> teamIds() {
		Map<Integer, Long> ids = new HashMap<>();
		this.jdbc.sql("select name, id from team where name like 'Generated team %'")
			.query((rs, n) -> ids.put(Integer.parseInt(rs.getString(1).substring("Generated team ".length())) - 1,
					rs.getLong(2)))
			.list();
		return ids;
	}

	private static String instant(Instant instant) {
		return instant.toString();
	}

	private static String date(LocalDate date) {
		return date == null ? null : date.toString();
	}

	/**
	 * One row of COPY's text format: tab-separated, \N for null (generated values hold no
	 * tabs or backslashes).
	 */
	private static void row(StringBuilder rows, String... values) {
		for (int v = 0; v < values.length; v++) {
			if (v > 0) {
				rows.append('\t');
			}
			rows.append(values[v] == null ? "\\N" : values[v]);
		}
		rows.append('\n');
	}

	private int copy(String tableAndColumns, CharSequence rows) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			long added = connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy " + tableAndColumns + " from stdin", new StringReader(rows.toString()));
			return (int) added;
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("COPY failed: " + tableAndColumns.split(" ")[0], ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

}
