package org.keywork.rent;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Tenancies and rent entries written straight into the tables, for the rent tests. */
final class RentTestData {

	private RentTestData() {
	}

	/** A current Housing First tenancy at this rent, started on {@code start}. */
	static void tenancy(JdbcClient jdbc, long person, LocalDate start, String amount, String frequency) {
		long worker = jdbc.sql("select id from account where username = 'worker'").query(Long.class).single();
		long episode = jdbc.sql("""
				insert into accommodation_episode (service_user_id, form, address, started_on, created_by)
				values (?, 'HOUSING_FIRST_TENANCY', 'Flat 1', ?, ?) returning id
				""").params(person, start, worker).query(Long.class).single();
		long landlord = jdbc.sql("select min(id) from landlord").query(Long.class).single();
		jdbc.sql("""
				insert into tenancy (episode_id, landlord_id, tenancy_type, started_on, rent_amount, rent_frequency,
				  who_pays, created_by)
				values (?, ?, 'ASSURED_SHORTHOLD', ?, ?, ?, 'THE_PERSON', ?)
				""").params(episode, landlord, start, new BigDecimal(amount), frequency, worker).update();
	}

	static void entry(JdbcClient jdbc, long person, LocalDate date, String kind, String amount) {
		jdbc.sql("""
				insert into rent_entry (service_user_id, entry_date, kind, amount, description, source, created_at,
				  created_by)
				values (?, ?, ?, ?, 'Test', 'HAND', now(), (select id from account where username = 'worker'))
				""").params(person, date, kind, new BigDecimal(amount)).update();
	}

	static BigDecimal balance(JdbcClient jdbc, long person) {
		return jdbc
			.sql("select coalesce(sum(case when cancelled_at is not null then 0 when kind = 'CHARGE' then amount"
					+ " else -amount end), 0) from rent_entry where service_user_id = ?")
			.param(person)
			.query(BigDecimal.class)
			.single();
	}

}
