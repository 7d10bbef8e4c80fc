package org.keywork.caseload;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.keywork.caseload.CaseloadItems.CaseloadItem;
import org.keywork.security.NoteReadRule;
import org.keywork.contacts.ContactSummaries;
import org.keywork.contacts.ContactSummaries.LastContact;
import org.keywork.database.Batch;
import org.keywork.database.Batches;
import org.keywork.database.Later;
import org.keywork.support.SupportRecordQueries;
import org.keywork.support.SupportRecordQueries.ReviewDue;
import org.keywork.support.SupportRecordQueries.StepDue;
import org.keywork.web.Dates;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads people with their weekly-contact status: one query for the people (with their
 * current contact target and keyworker name), then, in one more statement ({@link Batch},
 * ADR 022), one grouped query for their last contacts ({@link ContactSummaries}), one for
 * each support-record question and each capability's {@link CaseloadItems}, whatever the
 * number of people.
 */
@Component
@Transactional(readOnly = true)
class CaseloadQueries {

	/**
	 * Steps due within this many days (and overdue ones) show on the caseload: "due this
	 * week".
	 */
	static final int STEPS_AHEAD_DAYS = 7;

	/** What the person added in the portal over this many days shows on the caseload. */
	static final int FROM_THE_PERSON_DAYS = 14;

	/**
	 * Which people to read. Either a keyworker, or only people with none, or everyone
	 * (both null/false); or one person ({@code personId}).
	 */
	record Filter(Collection<Long> teamIds, Set<String> statuses, Long keyworkerId, boolean unassignedOnly,
			Long personId) {

		Filter(Collection<Long> teamIds, Set<String> statuses, Long keyworkerId, boolean unassignedOnly) {
			this(teamIds, statuses, keyworkerId, unassignedOnly, null);
		}

		static Filter person(Long teamId, Long personId) {
			return new Filter(List.of(teamId), Set.of("REFERRED", "ACTIVE", "MOVED_ON"), null, false, personId);
		}

	}

	private final Batches batches;

	private final ContactSummaries contacts;

	private final SupportRecordQueries support;

	private final List<CaseloadItems> items;

	private final ZoneId zone;

	CaseloadQueries(Batches batches, ContactSummaries contacts, SupportRecordQueries support, List<CaseloadItems> items,
			Dates dates) {
		this.batches = batches;
		this.contacts = contacts;
		this.support = support;
		this.items = items;
		this.zone = dates.zone();
	}

	/** The people matching the filter, most urgent first, as of {@code today}. */
	List<CaseloadRow> rows(Filter filter, LocalDate today) {
		return rows(filter, today, this.batches.start());
	}

	/**
	 * The same, the people read with whatever the caller registered in {@code batch}
	 * before (a page's other reads), and everything about them in one more statement.
	 */
	List<CaseloadRow> rows(Filter filter, LocalDate today, Batch batch) {
		return read(filter, today, batch, ids -> {
			Later<Map<Long, LastContact>> contacts = this.contacts.forPeople(ids, batch);
			Later<Map<Long, List<ReviewDue>>> reviews = this.support.reviewsDue(ids, today, batch);
			Later<Map<Long, List<StepDue>>> steps = this.support.stepsDue(ids, today.plusDays(STEPS_AHEAD_DAYS), batch);
			Later<Map<Long, List<String>>> goals = this.support.openGoals(ids, batch);
			Later<Set<Long>> staffSafety = this.support.withStaffSafetyWarning(ids, batch);
			Later<Map<Long, Long>> fromThePerson = this.support.fromThePersonSince(ids,
					today.minusDays(FROM_THE_PERSON_DAYS).atStartOfDay(this.zone).toInstant(), batch);
			Later<Map<Long, List<CaseloadItem>>> items = items(ids, today, batch, CaseloadItems::forPeople);
			return new Asked(contacts, Later.from(() -> new Records(reviews.get(), steps.get(), goals.get(),
					staffSafety.get(), fromThePerson.get(), items.get())));
		});
	}

	/**
	 * The same people with only what the team dashboard counts: the weekly-contact status
	 * (from the last successful contact alone: no attempts, peer contacts or planned
	 * contacts), and only the reviews and {@link CaseloadItems} already overdue (no
	 * steps, goals, staff-safety warnings or what the person added), so that a team of
	 * several hundred people reads a fraction of the rows
	 * {@link #rows(Filter, LocalDate, Batch)} reads. {@link CaseloadRow#reviewOverdue()}
	 * answers as it would on the full row.
	 */
	List<CaseloadRow> forCounting(Filter filter, LocalDate today, Batch batch) {
		return read(filter, today, batch, ids -> {
			Later<Map<Long, LastContact>> contacts = this.contacts.lastSuccessfulForPeople(ids, batch);
			Later<Map<Long, List<ReviewDue>>> reviews = this.support.reviewsOverdue(ids, today, batch);
			Later<Map<Long, List<CaseloadItem>>> items = items(ids, today, batch, CaseloadItems::overdueForPeople);
			return new Asked(contacts,
					Later.from(() -> new Records(reviews.get(), Map.of(), Map.of(), Set.of(), Map.of(), items.get())));
		});
	}

	/**
	 * The people of the filter (with whatever {@code batch} held before), then, in one
	 * more statement, what {@code asking} registers about them: their last contacts and
	 * their records.
	 */
	private List<CaseloadRow> read(Filter filter, LocalDate today, Batch batch, RecordsAsking asking) {
		if (filter.teamIds().isEmpty()) {
			return List.of();
		}
		List<Person> people = people(filter, today, batch).get();
		List<Long> ids = people.stream().map(Person::id).toList();
		Asked asked = asking.ask(ids);
		Map<Long, LastContact> last = asked.contacts().get();
		Records read = asked.records().get();
		return people.stream()
			.map(p -> row(p, last.get(p.id()), read, today))
			.sorted(Urgency.MOST_URGENT_FIRST)
			.toList();
	}

	/** Registers the questions about the people's last contacts and records. */
	@FunctionalInterface
	private interface RecordsAsking {

		Asked ask(List<Long> ids);

	}

	private record Asked(Later<Map<Long, LastContact>> contacts, Later<Records> records) {
	}

	/**
	 * Only the weekly-contact part of one person's row (no support-record flags), for the
	 * person's own page: two queries, counting only the notes the reader may read
	 * ({@link NoteReadRule}).
	 */
	Optional<CaseloadRow> contactOnly(Long teamId, Long personId, NoteReadRule reader, LocalDate today) {
		return contactOnly(teamId, personId, reader, today, this.batches.start()).get();
	}

	/**
	 * {@link #contactOnly(Long, Long, NoteReadRule, LocalDate)}, its two queries
	 * registered in {@code batch}.
	 */
	Later<Optional<CaseloadRow>> contactOnly(Long teamId, Long personId, NoteReadRule reader, LocalDate today,
			Batch batch) {
		Later<List<Person>> people = people(Filter.person(teamId, personId), today, batch);
		Later<Optional<LastContact>> last = this.contacts.forPersonAsSeenBy(personId, reader, batch);
		Records none = new Records(Map.of(), Map.of(), Map.of(), Set.of(), Map.of(), Map.of());
		return Later
			.from(() -> people.get().stream().findFirst().map(p -> row(p, last.get().orElse(null), none, today)));
	}

	/**
	 * The callover's groups of the teams' people with {@code statuses}: one per
	 * keyworker, and one for the people without a keyworker, with how many people each
	 * has; no keyworker first, then by keyworker name (as {@link CalloverPeople#part}
	 * goes through them).
	 */
	Later<List<CalloverGroup>> calloverGroups(Collection<Long> teamIds, Set<String> statuses, Batch batch) {
		return batch.sql("""
				select s.keyworker_id, kw.display_name as keyworker_name, count(*) as people
				from service_user s
				left join account kw on kw.id = s.keyworker_id
				where s.team_id in (:teams) and s.status in (:statuses)
				group by s.keyworker_id, kw.display_name
				order by s.keyworker_id is not null, lower(kw.display_name), s.keyworker_id
				""")
			.param("teams", teamIds)
			.param("statuses", statuses)
			.query((rs, n) -> new CalloverGroup(rs.getObject("keyworker_id", Long.class),
					rs.getString("keyworker_name"), rs.getInt("people")));
	}

	/**
	 * The people with their current contact target: a crisis step-up in force today takes
	 * the team's intensive target, else the person's support level takes its target, else
	 * the team's contact frequency. A team without its own defaults for a level
	 * ({@code intensity_default}) uses the built-in ones: intensive 3 days, standard the
	 * team's frequency, light 14, moving on 28 (as {@code intensity.Level} does) (issue
	 * 14; the tables are owned by {@code intensity}, read here so that every list stays
	 * one query).
	 */
	private Later<List<Person>> people(Filter filter, LocalDate today, Batch batch) {
		StringBuilder sql = new StringBuilder("""
				select s.id, s.reference, s.legal_name, s.preferred_name, s.status, s.support_start, s.referred_on,
				       s.team_id, t.name as team_name, coalesce(d.contact_days, case ef.effective
				           when 'INTENSIVE' then 3 when 'LIGHT' then 14 when 'MOVING_ON' then 28
				           else t.contact_frequency_days end) as target_days,
				       lv.level, cr.ends_on as crisis_until, s.keyworker_id, kw.display_name as keyworker_name
				from service_user s
				join team t on t.id = s.team_id
				left join account kw on kw.id = s.keyworker_id
				left join lateral (select c.level from intensity_change c where c.service_user_id = s.id
				                   order by c.changed_at desc, c.id desc limit 1) lv on true
				left join lateral (select k.ends_on from intensity_crisis k where k.service_user_id = s.id
				                   and k.ended_on is null and k.starts_on <= :today and k.ends_on >= :today
				                   order by k.ends_on desc limit 1) cr on true
				cross join lateral (select case when cr.ends_on is not null then 'INTENSIVE' else lv.level end
				                    as effective) ef
				left join intensity_default d on d.team_id = s.team_id and d.level = ef.effective
				where s.team_id in (:teams) and s.status in (:statuses)
				""");
		if (filter.keyworkerId() != null) {
			sql.append(" and s.keyworker_id = :keyworker");
		}
		if (filter.unassignedOnly()) {
			sql.append(" and s.keyworker_id is null");
		}
		if (filter.personId() != null) {
			sql.append(" and s.id = :person");
		}
		Batch.Query spec = batch.sql(sql.toString())
			.param("teams", filter.teamIds())
			.param("statuses", filter.statuses())
			.param("today", Date.valueOf(today));
		if (filter.keyworkerId() != null) {
			spec = spec.param("keyworker", filter.keyworkerId());
		}
		if (filter.personId() != null) {
			spec = spec.param("person", filter.personId());
		}
		return spec.query((rs, n) -> {
			Date start = rs.getDate("support_start");
			Date crisis = rs.getDate("crisis_until");
			return new Person(rs.getLong("id"), rs.getString("reference"), rs.getString("legal_name"),
					rs.getString("preferred_name"), rs.getString("status"), start == null ? null : start.toLocalDate(),
					rs.getDate("referred_on").toLocalDate(), rs.getLong("team_id"), rs.getString("team_name"),
					rs.getInt("target_days"), rs.getString("level"), crisis == null ? null : crisis.toLocalDate(),
					rs.getObject("keyworker_id", Long.class), rs.getString("keyworker_name"));
		});
	}

	/**
	 * What the other capabilities ({@link CaseloadItems}) have to say about the same
	 * people: their queries registered in {@code batch}, due items soonest first.
	 */
	private Later<Map<Long, List<CaseloadItem>>> items(List<Long> ids, LocalDate today, Batch batch, Asking asking) {
		if (ids.isEmpty()) {
			return Later.of(new HashMap<>());
		}
		List<Later<Map<Long, List<CaseloadItem>>>> asked = new ArrayList<>();
		for (CaseloadItems source : this.items) {
			asked.add(asking.ask(source, ids, today, batch));
		}
		return Later.from(() -> {
			Map<Long, List<CaseloadItem>> result = new HashMap<>();
			for (Later<Map<Long, List<CaseloadItem>>> source : asked) {
				source.get().forEach((id, list) -> result.computeIfAbsent(id, key -> new ArrayList<>()).addAll(list));
			}
			result.values()
				.forEach(list -> list
					.sort(Comparator.comparing(CaseloadItem::due, Comparator.nullsLast(Comparator.naturalOrder()))));
			return result;
		});
	}

	/** Which of the {@link CaseloadItems} questions to ask. */
	@FunctionalInterface
	private interface Asking {

		Later<Map<Long, List<CaseloadItem>>> ask(CaseloadItems source, Collection<Long> ids, LocalDate today,
				Batch batch);

	}

	private CaseloadRow row(Person p, LastContact last, Records records, LocalDate today) {
		LocalDate lastDate = last == null || last.lastSuccessful() == null ? null
				: last.lastSuccessful().atZone(this.zone).toLocalDate();
		ContactRule.ContactStatus status = ContactRule.evaluate(today, lastDate, p.supportStart(), p.referredOn(),
				p.status(), p.frequency());
		return new CaseloadRow(p.id(), p.reference(), p.legalName(), p.preferredName(), p.status(), p.teamId(),
				p.teamName(), p.frequency(), p.level(), p.crisisUntil(), p.keyworkerId(), p.keyworkerName(),
				last == null ? null : last.lastSuccessful(), last == null ? null : last.lastAttempt(),
				last == null ? null : last.lastPeerContact(), nextPlanned(last, lastDate), status,
				records.reviews().getOrDefault(p.id(), List.of()), records.steps().getOrDefault(p.id(), List.of()),
				records.goals().getOrDefault(p.id(), List.of()), records.staffSafety().contains(p.id()),
				records.fromThePerson().getOrDefault(p.id(), 0L), records.items().getOrDefault(p.id(), List.of()));
	}

	/**
	 * The next planned contact still to come or still owed. A successful contact after
	 * the note that planned it meets the plan (early or on the day), and then nothing is
	 * shown as planned until a note plans the next one.
	 */
	private static LocalDate nextPlanned(LastContact last, LocalDate lastSuccessfulDate) {
		LocalDate planned = last == null ? null : last.nextPlanned();
		if (planned == null) {
			return null;
		}
		boolean metOnOrAfterTheDate = lastSuccessfulDate != null && !lastSuccessfulDate.isBefore(planned);
		boolean metAfterThePlanningNote = last.lastSuccessful() != null && last.nextPlannedOnNoteAt() != null
				&& last.lastSuccessful().isAfter(last.nextPlannedOnNoteAt());
		return metOnOrAfterTheDate || metAfterThePlanningNote ? null : planned;
	}

	/** What the support records say about the same people, read once for all of them. */
	private record Records(Map<Long, List<ReviewDue>> reviews, Map<Long, List<StepDue>> steps,
			Map<Long, List<String>> goals, Set<Long> staffSafety, Map<Long, Long> fromThePerson,
			Map<Long, List<CaseloadItem>> items) {
	}

	private record Person(Long id, String reference, String legalName, String preferredName, String status,
			LocalDate supportStart, LocalDate referredOn, Long teamId, String teamName, int frequency, String level,
			LocalDate crisisUntil, Long keyworkerId, String keyworkerName) {
	}

}
