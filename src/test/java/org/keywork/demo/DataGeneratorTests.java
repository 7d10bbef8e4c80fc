package org.keywork.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestClock;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The data generator's {@code tiny} preset: the rows it makes, that they hang together
 * the way the pages expect (caseloads of 15 to 30, keyworkers in the person's team, notes
 * inside the support period), that the same seed gives the same data, that a generated
 * worker can sign in and sees their caseload, and that a second run is refused. Every
 * test generates inside a transaction it rolls back, so the shared test database never
 * keeps generated rows.
 */
@KeyworkTest
class DataGeneratorTests {

	@Autowired
	DataGenerator generator;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	TestClock clock;

	@Autowired
	PlatformTransactionManager transactions;

	/**
	 * One generation (it takes a few seconds) checked every way: the rows it makes, how
	 * they hang together, a generated worker's caseload page, and a second run refused.
	 */
	@Test
	void theTinyPresetMakesRowsThatHangTogetherAndCannotRunTwice() {
		rolledBack(() -> {
			long people = count("select count(*) from service_user");
			assertThat(this.generator.generate(DataGenerator.Preset.SMALL, 42)).isEmpty();
			assertThat(count("select count(*) from service_user")).isEqualTo(people);
			Map<String, Long> counts = this.generator.generate(DataGenerator.Preset.TINY, 42);
			expectedRows(counts);
			rowsHangTogether();
			aGeneratedWorkerSignsInAndSeesTheirCaseload();
			assertThatIllegalStateException().isThrownBy(() -> this.generator.generate(DataGenerator.Preset.TINY, 43))
				.withMessageContaining(DataGenerator.MARKER_TEAM);
			assertThat(count("select count(*) from service_user where reference like 'GEN-%'")).isEqualTo(300);
			return null;
		});
	}

	private void expectedRows(Map<String, Long> counts) {
		assertThat(count("select count(*) from team where name like 'Generated team %'")).isEqualTo(1);
		assertThat(count("select count(*) from account where username like 'gen-%' and role <> 'SERVICE_USER'"))
			.isEqualTo(15);
		assertThat(count("select count(*) from account where username like 'gen-manager-%' and role = 'MANAGER'"))
			.isEqualTo(1);
		assertThat(count("select count(*) from account where username like 'gen-peer-%' and role = 'PEER'"))
			.isEqualTo(1);
		assertThat(count("select count(*) from account where username like 'gen-worker-%' and role = 'WORKER'"))
			.isEqualTo(13);
		assertThat(count("select count(*) from service_user where reference like 'GEN-%'")).isEqualTo(300);
		assertThat(count(generated("contact_note"))).isEqualTo(20_000);
		assertThat(count(generated("access_log"))).isEqualTo(20_000);
		// three kinds of record for everyone, and later versions for some
		assertThat(count(generated("support_record") + " and x.version_number = 1")).isEqualTo(900);
		assertThat(count(generated("support_record") + " and x.version_number = 2")).isPositive();
		assertThat(count(generated("support_record") + " and x.version_number = 3 and x.status = 'DRAFT'"))
			.isPositive();
		assertThat(count("""
				select count(*) from account a join service_user s on s.id = a.service_user_id
				where a.username like 'gen-person-%' and s.reference like 'GEN-%'
				""")).isPositive();
		for (String table : List.of("peer_link", "keyworker_assignment", "star_reading", "wellbeing_reading",
				"accommodation_episode", "rent_entry", "appointment", "welfare_benefit", "intensity_change",
				"share_consent", "referral", "engagement_preference", "engagement_preference_change", "cycle_issue",
				"record_comment", "intensity_crisis", "early_warning", "callover_decision")) {
			assertThat(count(generated(table))).as(table).isPositive();
		}
		assertThat(count("select count(*) from tenancy t join accommodation_episode e on e.id = t.episode_id "
				+ "join service_user s on s.id = e.service_user_id where s.reference like 'GEN-%'"))
			.isPositive();
		assertThat(counts).containsEntry("service_user", 300L)
			.containsEntry("contact_note", 20_000L)
			.containsEntry("access_log", 20_000L);
	}

	private void rowsHangTogether() {
		// every worker has a caseload of 15 to 30, all in a team the worker belongs
		// to
		List<Long> caseloads = this.jdbc.sql("""
				select count(s.id) from account a
				left join service_user s on s.keyworker_id = a.id and s.status = 'ACTIVE'
				where a.username like 'gen-worker-%' group by a.id
				""").query(Long.class).list();
		assertThat(caseloads).hasSize(13).allSatisfy(n -> assertThat(n).isBetween(15L, 30L));
		assertThat(count("""
				select count(*) from service_user s
				where s.reference like 'GEN-%' and s.keyworker_id is not null and not exists
				  (select 1 from account_team t where t.account_id = s.keyworker_id and t.team_id = s.team_id)
				""")).isZero();
		// referred and moved-on people too, and everyone is clearly fictional
		assertThat(count("select count(*) from service_user where reference like 'GEN-%' and status = 'REFERRED'"))
			.isPositive();
		assertThat(count("select count(*) from service_user where reference like 'GEN-%' and status = 'MOVED_ON'"))
			.isPositive();
		assertThat(count("select count(*) from service_user where reference like 'GEN-%' "
				+ "and legal_name not like '%(generated)'"))
			.isZero();
		assertThat(count("select count(*) from account where username like 'gen-%' "
				+ "and display_name not like '%(generated)'"))
			.isZero();
		// notes: some corrected (with their first wording kept), restricted,
		// withheld, within the support period
		assertThat(count(generated("contact_note") + " and x.revision = 2")).isPositive();
		assertThat(
				count("""
						select count(*) from contact_note n join service_user s on s.id = n.service_user_id
						where s.reference like 'GEN-%' and n.revision = 2
						  and not exists (select 1 from contact_note_version v where v.contact_note_id = n.id and v.revision = 1)
						"""))
			.isZero();
		assertThat(count(generated("contact_note") + " and x.restricted")).isPositive();
		assertThat(count(generated("contact_note") + " and not x.shared")).isPositive();
		assertThat(
				count("""
						select count(*) from contact_note n join service_user s on s.id = n.service_user_id
						where s.reference like 'GEN-%' and (n.contact_at < cast(coalesce(s.support_start, s.referred_on) as timestamp) at time zone 'UTC'
						   or n.contact_at > ? or (s.support_end is not null
						   and n.contact_at >= cast(s.support_end + 1 as timestamp) at time zone 'UTC'))
						""",
						java.sql.Timestamp.from(Instant.now().plusSeconds(60))))
			.isZero();
		// readings have their scores and answers
		assertThat(count("select count(*) from star_reading r join service_user s on s.id = r.service_user_id "
				+ "where s.reference like 'GEN-%' and (select count(*) from star_score c where c.reading_id = r.id) <> 10"))
			.isZero();
		assertThat(count("select count(*) from wellbeing_reading r join service_user s on s.id = r.service_user_id "
				+ "where s.reference like 'GEN-%' and r.raw_total <> "
				+ "(select sum(a.answer) from wellbeing_answer a where a.reading_id = r.id)"))
			.isZero();
		// reviews are kept up with: a few latest agreed records overdue, most not
		long agreed = count(latestAgreed(""));
		java.sql.Date today = java.sql.Date.valueOf(LocalDate.now(this.clock));
		long overdue = count(latestAgreed("and l.review_due < ?"), today);
		assertThat(overdue).isPositive().isLessThan(agreed / 4);
		// star readings are kept up with too: most readers' latest reading is within the
		// last four months, and
		// scores stay on the scale
		long readers = count("select count(distinct r.service_user_id) from star_reading r join service_user s "
				+ "on s.id = r.service_user_id where s.reference like 'GEN-%'");
		long recent = count("select count(*) from (select r.service_user_id, max(r.taken_on) as latest "
				+ "from star_reading r join service_user s on s.id = r.service_user_id where s.reference like 'GEN-%' "
				+ "group by r.service_user_id) l where l.latest >= ?",
				java.sql.Date.valueOf(LocalDate.now(this.clock).minusDays(120)));
		assertThat(recent).isGreaterThan(readers * 3 / 4);
		assertThat(count("select count(*) from star_score c join star_reading r on r.id = c.reading_id "
				+ "join service_user s on s.id = r.service_user_id where s.reference like 'GEN-%' "
				+ "and (c.score < 1 or c.score > 10)"))
			.isZero();
		// every benefit has its history, and the history ends in the benefit's status
		assertThat(
				count("""
						select count(*) from welfare_benefit b join service_user s on s.id = b.service_user_id
						where s.reference like 'GEN-%' and b.status is distinct from (select h.status from welfare_benefit_status h
						  where h.benefit_id = b.id order by h.status_since desc, h.id desc limit 1)
						"""))
			.isZero();
		assertThat(count("select count(*) from welfare_benefit_status h join welfare_benefit b on b.id = h.benefit_id "
				+ "join service_user s on s.id = b.service_user_id where s.reference like 'GEN-%'"))
			.isGreaterThan(count(generated("welfare_benefit")));
		// appointments only for active people, some past and some to come, never both
		// with a colleague and someone else
		assertThat(count(generated("appointment") + " and s.status <> 'ACTIVE'")).isZero();
		assertThat(count(generated("appointment") + " and x.starts_on < ?", today)).isPositive();
		assertThat(count(generated("appointment") + " and x.starts_on > ?", today)).isPositive();
		// casework: every issue has its stages (none to come), every early warning its
		// five
		// steps, callover decisions only about the meeting's team, comments only by the
		// person's own portal account, and both open and ended crisis step-ups
		assertThat(count(
				generated("cycle_issue") + " and not exists (select 1 from cycle_stage g where g.issue_id = x.id)"))
			.isZero();
		assertThat(count("select count(*) from cycle_stage where stage_on > ?", today)).isZero();
		assertThat(count(generated("early_warning")
				+ " and (select count(*) from early_warning_step t where t.warning_id = x.id) <> 5"))
			.isZero();
		assertThat(count(generated("callover_decision")
				+ " and s.team_id <> (select m.team_id from callover_meeting m where m.id = x.meeting_id)"))
			.isZero();
		assertThat(count(generated("record_comment")
				+ " and not exists (select 1 from account a where a.id = x.author_account_id and a.service_user_id = s.id)"))
			.isZero();
		assertThat(count(generated("intensity_crisis") + " and x.ended_on is null")).isPositive();
		assertThat(count(generated("intensity_crisis") + " and x.ended_on is not null")).isPositive();
		assertThat(count(generated("referral") + " and x.withheld")).isPositive();
		// one shared, documented password
		String hash = this.jdbc.sql("select password_hash from account where username = 'gen-worker-1'")
			.query(String.class)
			.single();
		assertThat(this.encoder.matches(DataGenerator.PASSWORD, hash)).isTrue();
	}

	@Test
	void theSameSeedGivesTheSameDataAndAnotherSeedOtherData() {
		String first = rolledBack(() -> {
			this.generator.generate(DataGenerator.Preset.TINY, 42);
			return fingerprint();
		});
		String again = rolledBack(() -> {
			this.generator.generate(DataGenerator.Preset.TINY, 42);
			return fingerprint();
		});
		assertThat(again).isEqualTo(first);
		// another seed plans other people (checked on the plan: a third generation would
		// only cost time)
		java.time.LocalDate today = java.time.LocalDate.now(this.clock);
		assertThat(names(GenerationPlan.of(DataGenerator.Preset.TINY, 7, today)))
			.isNotEqualTo(names(GenerationPlan.of(DataGenerator.Preset.TINY, 42, today)))
			.hasSize(300);
		assertThat(names(GenerationPlan.of(DataGenerator.Preset.TINY, 42, today)))
			.isEqualTo(names(GenerationPlan.of(DataGenerator.Preset.TINY, 42, today)));
	}

	private void aGeneratedWorkerSignsInAndSeesTheirCaseload() {
		try {
			MvcResult result = this.mvc.perform(get("/caseload").with(this.users.as("gen-worker-1")))
				.andExpect(status().isOk())
				.andReturn();
			List<?> rows = (List<?>) result.getModelAndView().getModel().get("rows");
			assertThat(rows).hasSizeBetween(15, 30);
			assertThat(result.getResponse().getContentAsString()).contains("(generated)");
			this.mvc.perform(get("/my-support").with(this.users.as("gen-person-3"))).andExpect(status().isOk());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> names(GenerationPlan.Plan plan) {
		return plan.people().stream().map(GenerationPlan.Person::legalName).toList();
	}

	private String fingerprint() {
		return this.jdbc
			.sql("""
					select md5((select string_agg(reference || legal_name || coalesce(preferred_name, '') || status
					                              || coalesce(k.username, ''), ',' order by reference)
					            from service_user s left join account k on k.id = s.keyworker_id
					            where s.reference like 'GEN-%')
					        || (select string_agg(username || display_name || role, ',' order by username)
					            from account where username like 'gen-%')
					        || (select string_agg(s.reference || n.type || n.note || n.shared || n.restricted || n.revision, ','
					                              order by s.reference, n.type, n.note, n.shared, n.restricted, n.revision)
					            from contact_note n join service_user s on s.id = n.service_user_id
					            where s.reference like 'GEN-%')
					        || (select string_agg(s.reference || g.stage || g.stage_on, ',' order by s.reference, g.stage_on, g.stage)
					            from cycle_stage g join cycle_issue c on c.id = g.issue_id
					            join service_user s on s.id = c.service_user_id where s.reference like 'GEN-%')
					        || (select string_agg(s.reference || r.status || r.referred_on, ',' order by s.reference, r.referred_on)
					            from referral r join service_user s on s.id = r.service_user_id where s.reference like 'GEN-%'))
					""")
			.query(String.class)
			.single();
	}

	private String latestAgreed(String condition) {
		return """
				select count(*) from (select distinct on (r.service_user_id, r.kind) r.status, r.review_due
				  from support_record r join service_user s on s.id = r.service_user_id where s.reference like 'GEN-%'
				  order by r.service_user_id, r.kind, r.version_number desc) l
				where l.status = 'AGREED' """ + condition;
	}

	private String generated(String table) {
		return "select count(*) from " + table + " x join service_user s on s.id = x.service_user_id "
				+ "where s.reference like 'GEN-%'";
	}

	private long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private <T> T rolledBack(Supplier<T> work) {
		return new TransactionTemplate(this.transactions).execute(tx -> {
			tx.setRollbackOnly();
			return work.get();
		});
	}

}
