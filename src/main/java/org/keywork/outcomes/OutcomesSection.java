package org.keywork.outcomes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.keywork.database.Batch;
import org.keywork.database.Later;
import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.PersonPageSection;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.web.Dates;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Outcome measures on a person's page: the latest reading of each measure the reader may
 * see (withheld ones for staff of the team only, in SQL), when the next falls due, and a
 * link to the star. Two queries, sent with the rest of the page's; nothing for those who
 * may not see the person's outcomes.
 */
@Component
@Order(20)
class OutcomesSection implements PersonPageSection {

	private final AccessPolicy policy;

	private final Dates dates;

	OutcomesSection(AccessPolicy policy, Dates dates) {
		this.policy = policy;
		this.dates = dates;
	}

	@Override
	public Later<Optional<Content>> content(KeyworkUser user, ServiceUser person, Batch batch) {
		if (!this.policy.canReadOutcomes(user, person)) {
			return Later.of(Optional.empty());
		}
		boolean staff = this.policy.seesWithheld(user, person);
		Later<Map<Long, LocalDate>> dueDates = staff ? StarReadingsDue.dueDates(person.getId(), batch)
				: Later.of(Map.of());
		LocalDate today = this.dates.today();
		Later<List<Latest>> latest = batch.sql("""
				select m.id, m.name, l.id as reading_id, l.taken_on, l.withheld
				from star_measure m
				left join lateral (
				  select r.id, r.taken_on, r.withheld from star_reading r
				  where r.measure_id = m.id and r.service_user_id = :person and (:staff or not r.withheld)
				  order by r.taken_on desc, r.id desc limit 1
				) l on true
				where m.is_default or l.id is not null
				order by m.is_default desc, m.name
				""")
			.param("person", person.getId())
			.param("staff", staff)
			.query((rs, i) -> new Latest(rs.getLong("id"), rs.getString("name"), rs.getObject("reading_id", Long.class),
					rs.getObject("taken_on", LocalDate.class), rs.getBoolean("withheld"), null, false));
		return Later.from(() -> {
			Map<Long, LocalDate> due = dueDates.get();
			List<Latest> measures = latest.get().stream().map(m -> {
				LocalDate next = due.get(m.measureId());
				return new Latest(m.measureId(), m.measureName(), m.readingId(), m.takenOn(), m.withheld(), next,
						next != null && next.isBefore(today));
			}).toList();
			return Optional.of(new Content("outcomes/person-section", "summary", new Data(measures, staff)));
		});
	}

	/** The latest reading of one measure (none: {@code readingId} null). */
	public record Latest(Long measureId, String measureName, Long readingId, LocalDate takenOn, boolean withheld,
			LocalDate nextDue, boolean overdue) {
	}

	public record Data(List<Latest> measures, boolean staff) {
	}

}
