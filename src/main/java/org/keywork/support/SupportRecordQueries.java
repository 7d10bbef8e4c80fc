package org.keywork.support;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.keywork.database.Batch;
import org.keywork.database.Batches;
import org.keywork.database.Later;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Questions other capabilities ask about many people's support records at once
 * (caseloads, team dashboards, case callover): reviews due, steps due, open goals,
 * staff-safety warnings. Each answer is one query for the whole set of people, whatever
 * its size. Callers pass only ids of people they have already been allowed to see. Each
 * question also has a form that registers its query in a {@link Batch} (ADR 022), so that
 * a page asking several of them (and other capabilities' questions) sends one statement.
 */
@Component
@Transactional(readOnly = true)
public class SupportRecordQueries {

	/** A review counts as "due" this many days before its date. */
	public static final int REVIEW_DUE_WITHIN_DAYS = 14;

	private final Batches batches;

	SupportRecordQueries(Batches batches) {
		this.batches = batches;
	}

	/**
	 * The ids of the person's Safety &amp; Wellbeing Plan factors whose current decision
	 * is to withhold them: their state in the newest version that has them (one query;
	 * ADR 008).
	 */
	Set<String> factorsWithheldNow(Long personId) {
		return factorsWithheldNow(personId, this.batches.start()).get();
	}

	/**
	 * {@link #factorsWithheldNow(Long)}, its query registered in {@code batch}.
	 */
	Later<Set<String>> factorsWithheldNow(Long personId, Batch batch) {
		return batch.sql("""
				select id from (
				  select distinct on (f->>'id') f->>'id' as id, coalesce((f->>'withheld')::boolean, false) as withheld
				  from support_record r, jsonb_array_elements(r.content->'factors') f
				  where r.service_user_id = ? and r.kind = 'SAFETY_PLAN'
				  order by f->>'id', r.version_number desc
				) current where withheld
				""").param(personId).column(String.class).map(Set::copyOf);
	}

	/**
	 * Reviews due within {@link #REVIEW_DUE_WITHIN_DAYS} or overdue, per person: the
	 * latest version of each record, when it is agreed (a draft is a review in progress).
	 */
	public Map<Long, List<ReviewDue>> reviewsDue(Collection<Long> personIds, LocalDate today) {
		return reviewsDue(personIds, today, this.batches.start()).get();
	}

	/**
	 * {@link #reviewsDue(Collection, LocalDate)}, its query registered in {@code batch}.
	 */
	public Later<Map<Long, List<ReviewDue>>> reviewsDue(Collection<Long> personIds, LocalDate today, Batch batch) {
		return reviewsDueBy(personIds, today, today.plusDays(REVIEW_DUE_WITHIN_DAYS), batch);
	}

	/**
	 * Only the reviews already past their date, for counting (the team dashboard), its
	 * query registered in {@code batch}.
	 */
	public Later<Map<Long, List<ReviewDue>>> reviewsOverdue(Collection<Long> personIds, LocalDate today, Batch batch) {
		return reviewsDueBy(personIds, today, today.minusDays(1), batch);
	}

	private Later<Map<Long, List<ReviewDue>>> reviewsDueBy(Collection<Long> personIds, LocalDate today, LocalDate until,
			Batch batch) {
		if (personIds.isEmpty()) {
			return Later.of(new HashMap<>());
		}
		return batch.sql("""
				select service_user_id, kind, review_due from (
				  select distinct on (service_user_id, kind) service_user_id, kind, status, review_due
				  from support_record where service_user_id = any(:ids)
				  order by service_user_id, kind, version_number desc
				) latest
				where status = 'AGREED' and review_due <= :until
				order by review_due
				""")
			.param("ids", personIds.toArray(Long[]::new))
			.param("until", Date.valueOf(until))
			.query((rs, i) -> new ReviewDue(rs.getLong(1), RecordKind.valueOf(rs.getString(2)),
					rs.getDate(3).toLocalDate(), rs.getDate(3).toLocalDate().isBefore(today)))
			.map(reviews -> {
				Map<Long, List<ReviewDue>> result = new HashMap<>();
				reviews
					.forEach(review -> result.computeIfAbsent(review.personId(), id -> new ArrayList<>()).add(review));
				return result;
			});
	}

	/**
	 * Open steps of each person's current Action Plan due on or before {@code until}
	 * (overdue ones included).
	 */
	public Map<Long, List<StepDue>> stepsDue(Collection<Long> personIds, LocalDate until) {
		return stepsDue(personIds, until, this.batches.start()).get();
	}

	/**
	 * {@link #stepsDue(Collection, LocalDate)}, its query registered in {@code batch}.
	 */
	public Later<Map<Long, List<StepDue>>> stepsDue(Collection<Long> personIds, LocalDate until, Batch batch) {
		if (personIds.isEmpty()) {
			return Later.of(new HashMap<>());
		}
		return batch.sql("""
				select latest.service_user_id, s->>'id' as step_id, s->>'what' as what, (s->>'due')::date as due,
				  g->>'goal' as goal
				from (
				  select distinct on (service_user_id) service_user_id, content
				  from support_record where service_user_id = any(:ids) and kind = 'ACTION_PLAN'
				  order by service_user_id, version_number desc
				) latest,
				jsonb_array_elements(latest.content->'goals') g,
				jsonb_array_elements(g->'steps') s
				where s->>'due' is not null and (s->>'due')::date <= :until
				  and s->>'status' in ('NOT_STARTED', 'IN_PROGRESS')
				order by (s->>'due')::date
				""")
			.param("ids", personIds.toArray(Long[]::new))
			.param("until", Date.valueOf(until))
			.query((rs, i) -> new StepDue(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
					rs.getString(5)))
			.map(steps -> {
				Map<Long, List<StepDue>> result = new HashMap<>();
				steps.forEach(step -> result.computeIfAbsent(step.personId(), id -> new ArrayList<>()).add(step));
				return result;
			});
	}

	/**
	 * Goals of each person's current Action Plan that still have open steps (or no steps
	 * yet).
	 */
	public Map<Long, List<String>> openGoals(Collection<Long> personIds) {
		return openGoals(personIds, this.batches.start()).get();
	}

	/** {@link #openGoals(Collection)}, its query registered in {@code batch}. */
	public Later<Map<Long, List<String>>> openGoals(Collection<Long> personIds, Batch batch) {
		if (personIds.isEmpty()) {
			return Later.of(new HashMap<>());
		}
		return batch.sql("""
				select latest.service_user_id, g->>'goal' as goal
				from (
				  select distinct on (service_user_id) service_user_id, content
				  from support_record where service_user_id = any(:ids) and kind = 'ACTION_PLAN'
				  order by service_user_id, version_number desc
				) latest,
				jsonb_array_elements(latest.content->'goals') g
				where jsonb_array_length(g->'steps') = 0
				   or exists (select 1 from jsonb_array_elements(g->'steps') s
				              where s->>'status' in ('NOT_STARTED', 'IN_PROGRESS'))
				""")
			.param("ids", personIds.toArray(Long[]::new))
			.query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.map(goals -> {
				Map<Long, List<String>> result = new HashMap<>();
				goals.forEach(
						entry -> result.computeIfAbsent(entry.getKey(), id -> new ArrayList<>()).add(entry.getValue()));
				return result;
			});
	}

	/**
	 * The people whose current Safety &amp; Wellbeing Plan has a factor in a staff-safety
	 * category.
	 */
	public Set<Long> withStaffSafetyWarning(Collection<Long> personIds) {
		return withStaffSafetyWarning(personIds, this.batches.start()).get();
	}

	/**
	 * {@link #withStaffSafetyWarning(Collection)}, its query registered in {@code batch}.
	 */
	public Later<Set<Long>> withStaffSafetyWarning(Collection<Long> personIds, Batch batch) {
		if (personIds.isEmpty()) {
			return Later.of(Set.of());
		}
		return batch.sql("""
				select latest.service_user_id
				from (
				  select distinct on (service_user_id) service_user_id, content
				  from support_record where service_user_id = any(:ids) and kind = 'SAFETY_PLAN'
				  order by service_user_id, version_number desc
				) latest
				where exists (select 1 from jsonb_array_elements(latest.content->'factors') f
				              join safety_category c on c.code = f->>'category' and c.staff_safety)
				""").param("ids", personIds.toArray(Long[]::new)).column(Long.class).map(HashSet::new);
	}

	/**
	 * What each person added themselves since a moment (in the portal): comments on their
	 * plans and steps they marked done. The keyworker sees the count on their caseload.
	 */
	public Map<Long, Long> fromThePersonSince(Collection<Long> personIds, Instant since) {
		return fromThePersonSince(personIds, since, this.batches.start()).get();
	}

	/**
	 * {@link #fromThePersonSince(Collection, Instant)}, its query registered in
	 * {@code batch}.
	 */
	public Later<Map<Long, Long>> fromThePersonSince(Collection<Long> personIds, Instant since, Batch batch) {
		if (personIds.isEmpty()) {
			return Later.of(new HashMap<>());
		}
		return batch.sql("""
				select service_user_id, count(*) from (
				  select c.service_user_id from record_comment c join account a on a.id = c.author_account_id
				  where a.role = 'SERVICE_USER' and c.service_user_id = any(:ids) and c.created_at >= :since
				  union all
				  select e.service_user_id from support_record_event e join account a on a.id = e.account_id
				  where a.role = 'SERVICE_USER' and e.service_user_id = any(:ids) and e.occurred_at >= :since
				) own group by service_user_id
				""")
			.param("ids", personIds.toArray(Long[]::new))
			.param("since", Timestamp.from(since))
			.query((rs, i) -> Map.entry(rs.getLong(1), rs.getLong(2)))
			.map(counts -> {
				Map<Long, Long> result = new HashMap<>();
				counts.forEach(entry -> result.put(entry.getKey(), entry.getValue()));
				return result;
			});
	}

	/** A record whose review is due soon or overdue. */
	public record ReviewDue(Long personId, RecordKind kind, LocalDate due, boolean overdue) {
	}

	/** An open Action Plan step with a due date. */
	public record StepDue(Long personId, String stepId, String what, LocalDate due, String goal) {
	}

}
