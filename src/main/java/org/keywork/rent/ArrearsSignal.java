package org.keywork.rent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.keywork.database.Batch;
import org.keywork.database.Later;
import org.keywork.housing.CurrentRent;
import org.keywork.housing.EarlyWarningSignal;
import org.keywork.housing.Money;

import org.springframework.stereotype.Component;

/**
 * Rent arrears as an early warning that a home is at risk, for people with a current
 * tenancy (arrears are measured in its weekly rent): raised when the arrears reach the
 * team's threshold ({@link ArrearsThresholds}, two weeks' rent unless set), or when they
 * grew two rent periods running (the balance at the end of each of the last three
 * periods, counted from the tenancy's start at its rent frequency, went up each time).
 * Three queries whatever the number of people, in two round trips of the caller's
 * {@link Batch}: the rents and the thresholds with everything else registered, then the
 * balances (which need the rents' periods).
 */
@Component
class ArrearsSignal implements EarlyWarningSignal {

	private final CurrentRent rents;

	private final ArrearsThresholds thresholds;

	private final Money money;

	ArrearsSignal(CurrentRent rents, ArrearsThresholds thresholds, Money money) {
		this.rents = rents;
		this.thresholds = thresholds;
		this.money = money;
	}

	@Override
	public Later<Map<Long, List<Signal>>> signals(Collection<Long> personIds, LocalDate today, Batch batch) {
		if (personIds.isEmpty()) {
			return Later.of(new HashMap<>());
		}
		Later<Map<Long, CurrentRent.Rent>> rents = this.rents.forPeople(personIds, batch);
		Later<Map<Long, BigDecimal>> weeks = this.thresholds.forPeople(personIds, batch);
		return Later.from(() -> signals(new HashMap<>(rents.get()), weeks.get(), today, batch).get());
	}

	/** The balances of the people with a rent, read when the rents are known. */
	private Later<Map<Long, List<Signal>>> signals(Map<Long, CurrentRent.Rent> rents, Map<Long, BigDecimal> weeks,
			LocalDate today, Batch batch) {
		rents.values().removeIf(rent -> rent.weekly().signum() <= 0);
		if (rents.isEmpty()) {
			return Later.of(new HashMap<>());
		}
		List<Long> people = List.copyOf(rents.keySet());
		Map<Long, LocalDate[]> ends = new HashMap<>();
		Map<Long, BigDecimal> limits = new HashMap<>();
		for (Long person : people) {
			CurrentRent.Rent rent = rents.get(person);
			ends.put(person, periodEnds(rent, today));
			limits.put(person,
					rent.weekly()
						.multiply(weeks.getOrDefault(person, ArrearsThresholds.DEFAULT_WEEKS))
						.setScale(2, java.math.RoundingMode.HALF_UP));
		}
		// one pass over each person's entries, grouped (it used to scan all the people's
		// entries once per person and per balance: 190 ms for a team's 85 tenants at
		// national scale)
		return batch.sql("""
				with p as (
				  select * from unnest(cast(string_to_array(:people, ',') as bigint[]),
				    cast(string_to_array(:e0, ',') as date[]), cast(string_to_array(:e1, ',') as date[]),
				    cast(string_to_array(:e2, ',') as date[]), cast(string_to_array(:limits, ',') as numeric[]))
				    as p(person, e0, e1, e2, lim)
				),
				s as (
				  select e.service_user_id as person, e.entry_date, e.id, %s as signed
				  from rent_entry e join p on p.person = e.service_user_id
				  where e.entry_date <= :today
				),
				r as (
				  select s.person, s.entry_date, s.signed, sum(s.signed) over w as bal,
				    sum(s.signed) over w - s.signed as prev
				  from s window w as (partition by s.person order by s.entry_date, s.id
				    rows between unbounded preceding and current row)
				)
				select p.person, p.lim,
				  coalesce(sum(r.signed), 0) as now,
				  coalesce(sum(r.signed) filter (where r.entry_date < p.e0), 0) as b0,
				  coalesce(sum(r.signed) filter (where r.entry_date < p.e1), 0) as b1,
				  coalesce(sum(r.signed) filter (where r.entry_date < p.e2), 0) as b2,
				  max(r.entry_date) filter (where r.bal >= p.lim and r.prev < p.lim) as reached
				from p left join r on r.person = p.person
				group by p.person, p.lim
				""".formatted(RentAccount.SIGNED))
			.param("people", join(people, Object::toString))
			.param("e0", join(people, p -> ends.get(p)[0].toString()))
			.param("e1", join(people, p -> ends.get(p)[1].toString()))
			.param("e2", join(people, p -> ends.get(p)[2].toString()))
			.param("limits", join(people, p -> limits.get(p).toPlainString()))
			.param("today", today)
			.query((rs, n) -> {
				long person = rs.getLong("person");
				CurrentRent.Rent rent = rents.get(person);
				BigDecimal now = rs.getBigDecimal("now");
				BigDecimal limit = rs.getBigDecimal("lim");
				List<Signal> raised = new ArrayList<>();
				String href = "/service-users/" + person + "/rent";
				if (now.signum() > 0 && now.compareTo(limit) >= 0) {
					LocalDate reached = rs.getObject("reached", LocalDate.class);
					raised.add(new Signal(person, "rent.signal.threshold",
							List.of(this.money.format(now), Balance.weeks(now, rent.weekly())),
							reached == null ? today : reached, href));
				}
				BigDecimal b0 = rs.getBigDecimal("b0");
				BigDecimal b1 = rs.getBigDecimal("b1");
				BigDecimal b2 = rs.getBigDecimal("b2");
				LocalDate[] periodEnds = ends.get(person);
				boolean twoPeriods = periodEnds[1].isAfter(periodEnds[2]);
				if (twoPeriods && b0.signum() > 0 && b0.compareTo(b1) > 0 && b1.compareTo(b2) > 0) {
					raised.add(new Signal(person, "rent.signal.growing", List.of(this.money.format(b0)), periodEnds[2],
							href));
				}
				return raised;
			})
			.map(rows -> {
				Map<Long, List<Signal>> signals = new HashMap<>();
				rows.stream()
					.filter(raised -> !raised.isEmpty())
					.forEach(raised -> signals.put(raised.get(0).personId(), raised));
				return signals;
			});
	}

	/**
	 * The ends of the last three whole rent periods (the latest first), periods counted
	 * from the tenancy's start; a period's balance is that of the entries before its end.
	 * Months are counted from the start each time, so a start on the 31st is not pulled
	 * back by shorter months for good.
	 */
	static LocalDate[] periodEnds(CurrentRent.Rent rent, LocalDate today) {
		LocalDate start = rent.startedOn();
		long k;
		if (rent.frequency() == CurrentRent.Frequency.MONTHLY) {
			k = Math.max(0, ChronoUnit.MONTHS.between(start, today));
			while (k > 0 && start.plusMonths(k).isAfter(today)) {
				k--;
			}
			return new LocalDate[] { start.plusMonths(k), start.plusMonths(Math.max(0, k - 1)),
					start.plusMonths(Math.max(0, k - 2)) };
		}
		int days = switch (rent.frequency()) {
			case FORTNIGHTLY -> 14;
			case FOUR_WEEKLY -> 28;
			default -> 7;
		};
		k = Math.max(0, ChronoUnit.DAYS.between(start, today) / days);
		return new LocalDate[] { start.plusDays(k * days), start.plusDays(Math.max(0, k - 1) * days),
				start.plusDays(Math.max(0, k - 2) * days) };
	}

	private static String join(List<Long> people, java.util.function.Function<Long, String> value) {
		return people.stream().map(value).collect(Collectors.joining(","));
	}

}
