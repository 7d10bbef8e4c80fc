package org.keywork.housing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.keywork.database.Batch;
import org.keywork.database.Batches;
import org.keywork.database.Later;

import org.springframework.stereotype.Component;

/**
 * The rent of each person's current tenancy (the tenancy of the episode with no end), for
 * the capabilities that measure money against it (the rent account, the arrears early
 * warning, the team report). Read for many people at once, in one query. The caller has
 * already decided that the reader may see these people's tenancies (staff of the team).
 */
@Component
public class CurrentRent {

	private static final BigDecimal WEEKS_IN_YEAR = BigDecimal.valueOf(52);

	private final Batches batches;

	CurrentRent(Batches batches) {
		this.batches = batches;
	}

	/** The rent terms of the current tenancy of each of these people who has one. */
	public Map<Long, Rent> forPeople(Collection<Long> personIds) {
		return read(personIds, false);
	}

	/**
	 * The rent terms of the person's current tenancy as the person may see it: none when
	 * its episode is withheld from them (ADR 013).
	 */
	public java.util.Optional<Rent> sharedWith(long personId) {
		return java.util.Optional.ofNullable(read(List.of(personId), true).get(personId));
	}

	/**
	 * The rent terms of the person's current tenancy, read with the rest of the batch: as
	 * the person may see it ({@code sharedOnly}: none when its episode is withheld from
	 * them, ADR 013) or as staff see it.
	 */
	public Later<java.util.Optional<Rent>> forPerson(long personId, boolean sharedOnly, Batch batch) {
		return query(List.of(personId), sharedOnly, batch).map(rents -> rents.stream().findFirst());
	}

	private Map<Long, Rent> read(Collection<Long> personIds, boolean sharedOnly) {
		Map<Long, Rent> rents = new HashMap<>();
		if (personIds.isEmpty()) {
			return rents;
		}
		query(personIds, sharedOnly, this.batches.start()).get()
			.forEach(rent -> rents.putIfAbsent(rent.personId(), rent));
		return rents;
	}

	/** Every current tenancy of these people, the latest started first. */
	private static Later<List<Rent>> query(Collection<Long> personIds, boolean sharedOnly, Batch batch) {
		return batch
			.sql("""
					select e.service_user_id, t.id, t.rent_amount, t.rent_frequency, t.who_pays, t.automated_payment,
					  t.started_on, t.landlord_id
					from accommodation_episode e
					join tenancy t on t.episode_id = e.id
					where e.service_user_id in (:people) and e.ended_on is null and (not cast(:sharedOnly as boolean) or not e.withheld)
					  and e.form in """
					+ Tenancy.TENANCY_FORMS_SQL + """
							order by e.started_on desc, e.id desc
							""")
			.param("people", List.copyOf(personIds))
			.param("sharedOnly", sharedOnly)
			.query((rs, n) -> new Rent(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3),
					Frequency.valueOf(rs.getString(4)), rs.getString(5), rs.getBoolean(6), rs.getDate(7).toLocalDate(),
					rs.getLong(8)));
	}

	/** How often rent falls due; the label is {@code tenancy.frequency.<NAME>}. */
	public enum Frequency {

		WEEKLY(BigDecimal.ONE, BigDecimal.ONE), FORTNIGHTLY(BigDecimal.ONE, BigDecimal.valueOf(2)),
		FOUR_WEEKLY(BigDecimal.ONE, BigDecimal.valueOf(4)), MONTHLY(BigDecimal.valueOf(12), WEEKS_IN_YEAR);

		private final BigDecimal perPeriodNumerator;

		private final BigDecimal perPeriodDenominator;

		Frequency(BigDecimal numerator, BigDecimal denominator) {
			this.perPeriodNumerator = numerator;
			this.perPeriodDenominator = denominator;
		}

		/** The weekly equivalent of a rent of {@code amount} at this frequency. */
		public BigDecimal weekly(BigDecimal amount) {
			return amount.multiply(this.perPeriodNumerator).divide(this.perPeriodDenominator, 2, RoundingMode.HALF_UP);
		}

	}

	/**
	 * The current tenancy's rent: {@code amount} due every {@code frequency};
	 * {@code whoPays} is {@code THE_PERSON}, {@code HOUSING_BENEFIT_DIRECT},
	 * {@code UNIVERSAL_CREDIT_DIRECT} or {@code MIXED} (labels
	 * {@code tenancy.whoPays.*}).
	 */
	public record Rent(long personId, long tenancyId, BigDecimal amount, Frequency frequency, String whoPays,
			boolean automatedPayment, java.time.LocalDate startedOn, long landlordId) {

		/** The rent for one week. */
		public BigDecimal weekly() {
			return this.frequency.weekly(this.amount);
		}

	}

}
