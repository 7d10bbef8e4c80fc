package org.keywork.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A small directory of neutral, made-up agencies with their services and contacts, so
 * referrals and consents have somewhere to point on a fresh start; Jamie Brooks's
 * consents to share (one valid, one expired) and two referrals; Peggy O'Neill's consent
 * and referral. Runs once: not when any agency exists.
 */
@Component
@Profile("demo")
@Order(12)
class ReferralsDemoSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ReferralsDemoSeeder.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	ReferralsDemoSeeder(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from agency").query(Long.class).single() > 0) {
			return;
		}
		log.info("Loading demo agencies");
		agency("Riverside Health Centre", "HEALTH", "12 Mill Lane, Northtown", "01632 960100", null,
				new String[] { "GP registration", "Nurse clinic" },
				new String[][] { { "Sam Patel", "Practice manager", "01632 960101", null } });
		agency("Northtown Recovery Service", "DRUGS_ALCOHOL", "4 Station Road, Northtown", "01632 960200",
				"hello@recovery.example.org", new String[] { "Drop-in", "Key working", "Peer support group" },
				new String[][] {
						{ "Alex Morgan", "Referrals coordinator", "01632 960201", "alex@recovery.example.org" } });
		agency("Money Advice Point", "BENEFITS_DEBT", "Town Hall, Northtown", "01632 960300", null,
				new String[] { "Benefits check", "Debt advice" }, new String[][] {});
		agency("Open Door Learning", "EMPLOYMENT_LEARNING", null, "01632 960400", "info@opendoor.example.org",
				new String[] { "Basic skills courses", "Volunteering placements" }, new String[][] {});
		agency("Talking Space", "MENTAL_HEALTH", "21 Park Street, Northtown", "01632 960500", null,
				new String[] { "Talking therapy", "Wellbeing café" },
				new String[][] { { "Chris Lee", "Duty worker", "01632 960501", null } });
		Long worker = id("select id from account where username = 'worker'");
		Long jamie = id("select id from service_user where legal_name = 'Jamie Brooks'");
		if (worker == null || jamie == null) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		// Jamie: consent with the recovery service (valid), and with the money advice
		// point, which has expired
		consent(jamie, "Northtown Recovery Service", "My name, address and phone number, and what I want help with",
				"PERSONAL_DETAILS,SUPPORT_OVERVIEW", today.minusDays(60), today.plusDays(305), "WRITTEN", worker);
		consent(jamie, "Money Advice Point", "My contact details and my benefits", "PERSONAL_DETAILS",
				today.minusDays(400), today.minusDays(35), "VERBAL", worker);
		// Jamie's referrals: money advice while that consent was valid (ended, it
		// helped),
		// and the recovery service (attending)
		long money = referral(jamie, "Money Advice Point", "Benefits check", "To check Jamie gets every benefit due",
				today.minusDays(120), true, worker, "MONEY");
		status(money, "ACCEPTED", today.minusDays(110), worker);
		status(money, "ENDED", today.minusDays(60), worker);
		this.jdbc.sql("update referral set status = 'ENDED', outcome = ?, outcome_good = true where id = ?")
			.params("Two benefits claimed; rent arrears plan agreed", money)
			.update();
		long recovery = referral(jamie, "Northtown Recovery Service", "Peer support group",
				"Jamie would like to meet others cutting down on drinking", today.minusDays(40), true, worker,
				"DRUGS_ALCOHOL");
		status(recovery, "WAITING", today.minusDays(35), worker);
		status(recovery, "ATTENDING", today.minusDays(14), worker);
		this.jdbc.sql("update referral set status = 'ATTENDING' where id = ?").param(recovery).update();
		Long peggy = id("select id from service_user where legal_name = 'Margaret O''Neill'");
		if (peggy != null) {
			long keyworker = id(
					"select coalesce(keyworker_id, %d) from service_user where id = %d".formatted(worker, peggy));
			consent(peggy, "Riverside Health Centre", "My contact details, to register with the GP", "PERSONAL_DETAILS",
					today.minusDays(20), null, "VERBAL", keyworker);
			long gp = referral(peggy, "Riverside Health Centre", "GP registration", "To register with a GP",
					today.minusDays(18), true, keyworker, "PHYSICAL_HEALTH");
			status(gp, "ACCEPTED", today.minusDays(10), keyworker);
			this.jdbc.sql("update referral set status = 'ACCEPTED' where id = ?").param(gp).update();
		}
	}

	private long referral(long person, String agency, String service, String reason, LocalDate on, boolean shares,
			long by, String area) {
		long id = this.jdbc.sql("""
				insert into referral (service_user_id, agency_id, service_id, reason, referred_on, shares_information,
				  status, created_at, created_by)
				select ?, a.id, s.id, ?, ?, ?, 'MADE', ?, ? from agency a
				left join agency_service s on s.agency_id = a.id and s.name = ?
				where a.name = ?
				returning id
				""")
			.params(person, reason, Date.valueOf(on), shares,
					Timestamp.from(on.atTime(11, 0).toInstant(ZoneOffset.UTC)), by, service, agency)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into referral_life_area (referral_id, life_area_code)
				select ?, code from life_area where code = ?
				""").params(id, area).update();
		status(id, "MADE", on, by);
		return id;
	}

	private void status(long referral, String status, LocalDate on, long by) {
		this.jdbc.sql("""
				insert into referral_status_change (referral_id, status, changed_on, created_at, created_by)
				values (?, ?, ?, ?, ?)
				""")
			.params(referral, status, Date.valueOf(on), Timestamp.from(on.atTime(12, 0).toInstant(ZoneOffset.UTC)), by)
			.update();
	}

	private void consent(long person, String agency, String what, String kinds, LocalDate givenOn, LocalDate expiresOn,
			String how, long by) {
		this.jdbc
			.sql("""
					insert into share_consent (service_user_id, agency_id, what, record_kinds, given_on, expires_on, given_how,
					  created_at, created_by)
					select ?, id, ?, ?, ?, ?, ?, ?, ? from agency where name = ?
					""")
			.params(person, what, kinds, Date.valueOf(givenOn), expiresOn == null ? null : Date.valueOf(expiresOn), how,
					Timestamp.from(givenOn.atTime(11, 0).toInstant(ZoneOffset.UTC)), by, agency)
			.update();
	}

	private Long id(String sql) {
		return this.jdbc.sql(sql).query(Long.class).optional().orElse(null);
	}

	private void agency(String name, String kind, String address, String phone, String email, String[] services,
			String[][] contacts) {
		Timestamp now = Timestamp.from(this.clock.instant());
		long id = this.jdbc.sql("""
				insert into agency (name, kind, address, phone, email, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id
				""").params(name, kind, address, phone, email, now, now).query(Long.class).single();
		int position = 10;
		for (String service : services) {
			this.jdbc.sql("insert into agency_service (agency_id, name, position) values (?, ?, ?)")
				.params(id, service, position)
				.update();
			position += 10;
		}
		position = 10;
		for (String[] contact : contacts) {
			this.jdbc.sql(
					"insert into agency_contact (agency_id, name, role, phone, email, position) values (?, ?, ?, ?, ?, ?)")
				.params(id, contact[0], contact[1], contact[2], contact[3], position)
				.update();
			position += 10;
		}
	}

}
