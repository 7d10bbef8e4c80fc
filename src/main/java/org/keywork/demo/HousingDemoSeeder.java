package org.keywork.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

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
 * Demo accommodation histories (all addresses invented): Jamie Brooks slept rough, then
 * stayed in a hostel, and moved into a Housing First tenancy about seven months ago;
 * Peggy has a social tenancy of many years; Abdi came from prison through a night shelter
 * to supported housing; Kay's stay in a refuge is withheld from her (its address must
 * stay out of the portal). Runs once: not when any episode exists.
 */
@Component
@Profile("demo")
@Order(15)
class HousingDemoSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(HousingDemoSeeder.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	HousingDemoSeeder(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from landlord").query(Long.class).single() == 0) {
			landlords();
		}
		if (this.jdbc.sql("select count(*) from accommodation_episode").query(Long.class).single() > 0) {
			return;
		}
		Long worker = id("select id from account where lower(username) = 'worker'");
		Long jamie = person("Jamie Brooks");
		if (worker == null || jamie == null) {
			return;
		}
		log.info("Loading demo accommodation histories");
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/London")));
		LocalDate tenancy = today.minusMonths(7).minusDays(3);
		LocalDate hostel = tenancy.minusMonths(9);
		episode(jamie, "ROUGH_SLEEPING", null, hostel.minusMonths(5), hostel,
				"Offered a hostel bed by the street outreach team", null, worker);
		episode(jamie, "HOSTEL", "St Anne's Hostel, 4 Canal Street, Northtown (demo)", hostel, tenancy,
				"Moved into their own flat with Housing First", null, worker);
		Long home = episode(jamie, "HOUSING_FIRST_TENANCY", "Flat 3, 18 Orchard Road, Northtown (demo)", tenancy, null,
				null, null, worker);
		Long landlord = id("select id from landlord where name = 'Northtown Homes (demo)'");
		if (landlord != null) {
			// weekly rent, the housing element of Universal Credit paid direct, no
			// automated payment yet
			this.jdbc.sql("""
					insert into tenancy (episode_id, landlord_id, tenancy_type, started_on, rent_amount, rent_frequency,
					  who_pays, automated_payment, created_by)
					values (?, ?, 'ASSURED_SHORTHOLD', ?, 96.50, 'WEEKLY', 'UNIVERSAL_CREDIT_DIRECT', false, ?)
					""").params(home, landlord, tenancy, worker).update();
		}
		Long peggy = person("Margaret O'Neill");
		if (peggy != null) {
			episode(peggy, "SOCIAL_RENTED", "22 Beech Walk, Northtown (demo)", today.minusYears(14), null, null, null,
					worker);
		}
		Long abdi = person("Abdi Hassan Warsame");
		if (abdi != null) {
			episode(abdi, "PRISON", null, today.minusYears(2), today.minusMonths(10), "Released", null, worker);
			episode(abdi, "NIGHT_SHELTER", "Northtown Winter Shelter (demo)", today.minusMonths(10),
					today.minusMonths(8), "A room in supported housing came up", null, worker);
			episode(abdi, "SUPPORTED_HOUSING", "Room 7, Elm House, Northtown (demo)", today.minusMonths(8), null, null,
					null, worker);
		}
		Long kay = person("Kayleigh Dawson");
		if (kay != null) {
			episode(kay, "FAMILY_OR_FRIENDS", "Her sister's, Northtown (demo)", today.minusMonths(6),
					today.minusMonths(2), "Not safe to stay", null, worker);
			episode(kay, "OTHER", "A refuge (address kept by the team only) (demo)", today.minusMonths(2), null, null,
					"SERIOUS_HARM", worker);
		}
	}

	/** Two demo landlords, one with named contacts. */
	private void landlords() {
		log.info("Loading demo landlords");
		Long homes = this.jdbc.sql("""
				insert into landlord (name, kind) values ('Northtown Homes (demo)', 'HOUSING_ASSOCIATION') returning id
				""").query(Long.class).single();
		this.jdbc.sql("""
				insert into landlord_contact (landlord_id, name, role, phone, email, position) values
				  (?, 'Priya Shah', 'Housing officer', '0113 496 0101', 'priya.shah@example.org', 10),
				  (?, 'Rents team', 'Rent accounts', '0113 496 0102', 'rents@example.org', 20)
				""").params(homes, homes).update();
		this.jdbc.sql("insert into landlord (name, kind) values ('M. Okafor Lettings (demo)', 'PRIVATE')").update();
	}

	private Long episode(Long person, String form, String address, LocalDate started, LocalDate ended, String reason,
			String withheldReason, Long by) {
		return this.jdbc.sql("""
				insert into accommodation_episode (service_user_id, form, address, started_on, ended_on,
				  reason_for_leaving, withheld, withheld_reason, created_at, created_by)
				values (:person, :form, :address, :started, :ended, :reason, :withheld, :withheldReason, :now, :by)
				returning id
				""")
			.param("person", person)
			.param("form", form)
			.param("address", address)
			.param("started", started)
			.param("ended", ended)
			.param("reason", reason)
			.param("withheld", withheldReason != null)
			.param("withheldReason", withheldReason)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", by)
			.query(Long.class)
			.single();
	}

	private Long person(String legalName) {
		return this.jdbc.sql("select id from service_user where legal_name = ?")
			.param(legalName)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private Long id(String sql) {
		return this.jdbc.sql(sql).query(Long.class).optional().orElse(null);
	}

}
