package org.keywork.withholding;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.keywork.web.Pages;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything withheld from the people of some teams, newest first, paginated in the
 * database: the latest version of each support record when it is withheld, each withheld
 * factor of the latest Safety &amp; Wellbeing Plan, and each contact note not shared with
 * the person, each staff-only detail of a shared note, and each outcome record withheld
 * (a star reading, a wellbeing score, a Cycle of Change issue), each complaint withheld
 * (ADR 016), each welfare benefit and each accommodation episode withheld. One query.
 * Each person's latest records are found by walking their versions newest first, one
 * person at a time (the version index read backwards), rather than by sorting every
 * version of the team's records; each withheld-able table is read through its partial
 * index {@code where withheld} (V123, V128).
 */
@Component
@Transactional(readOnly = true)
class WithheldItems {

	static final int PAGE_SIZE = 25;

	private static final String ITEMS = """
			with people as (
			  select id, coalesce(preferred_name, legal_name) as name from service_user where team_id in (:teams)
			),
			latest as (
			  select l.* from people p cross join lateral (
			    select distinct on (r.kind) r.service_user_id, r.kind, r.withheld, r.withheld_reason,
			           r.withheld_detail, r.updated_at, case when r.kind = 'SAFETY_PLAN' then r.content->'factors' end as factors
			    from support_record r where r.service_user_id = p.id
			    order by r.kind desc, r.version_number desc
			  ) l
			),
			items as (
			  select 'RECORD' as item, l.service_user_id, l.kind as what, cast(null as varchar) as ref,
			         l.withheld_reason as reason, l.withheld_detail as detail, l.updated_at as since
			  from latest l where l.withheld
			  union all
			  select 'FACTOR', l.service_user_id, f->>'category', f->>'id', f->>'withheldReason', f->>'withheldDetail',
			         l.updated_at
			  from latest l, jsonb_array_elements(l.factors) f
			  where l.kind = 'SAFETY_PLAN' and not l.withheld and coalesce((f->>'withheld')::boolean, false)
			  union all
			  select 'NOTE', n.service_user_id, n.type, cast(n.id as varchar), n.withheld_reason, n.withheld_detail,
			         n.contact_at
			  from contact_note n join people p on p.id = n.service_user_id
			  where not n.shared
			  union all
			  select 'NOTE_DETAIL', n.service_user_id, n.type, cast(n.id as varchar), n.staff_only_reason,
			         cast(null as varchar), n.contact_at
			  from contact_note n join people p on p.id = n.service_user_id
			  where n.shared and n.staff_only_detail is not null
			  union all
			  select 'STAR', r.service_user_id, m.name, cast(r.id as varchar), r.withheld_reason, r.withheld_detail,
			         r.recorded_at
			  from star_reading r join people p on p.id = r.service_user_id join star_measure m on m.id = r.measure_id
			  where r.withheld
			  union all
			  select 'WELLBEING', w.service_user_id, w.scale_code, cast(w.id as varchar), w.withheld_reason,
			         w.withheld_detail, w.created_at
			  from wellbeing_reading w join people p on p.id = w.service_user_id
			  where w.withheld
			  union all
			  select 'CYCLE', i.service_user_id, i.name, cast(i.id as varchar), i.withheld_reason, i.withheld_detail,
			         i.created_at
			  from cycle_issue i join people p on p.id = i.service_user_id
			  where i.withheld
			  union all
			  select 'COMPLAINT', c.service_user_id, c.source, cast(c.id as varchar), c.withheld_reason,
			         c.withheld_detail, c.received_at
			  from complaint c join people p on p.id = c.service_user_id
			  where c.withheld
			  union all
			  select 'BENEFIT', b.service_user_id, b.benefit, cast(b.id as varchar), b.withheld_reason,
			         b.withheld_detail, coalesce(b.changed_at, b.created_at)
			  from welfare_benefit b join people p on p.id = b.service_user_id
			  where b.withheld
			  union all
			  select 'HOUSING', e.service_user_id, e.form, cast(e.id as varchar), e.withheld_reason,
			         e.withheld_detail, coalesce(e.changed_at, e.created_at)
			  from accommodation_episode e join people p on p.id = e.service_user_id
			  where e.withheld
			)
			""";

	private final JdbcClient jdbc;

	WithheldItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Page<WithheldItem> inTeams(Collection<Long> teamIds, int page) {
		PageRequest request = Pages.of(page, PAGE_SIZE);
		if (teamIds.isEmpty()) {
			return Page.empty(request);
		}
		// the total comes with the rows (the window count runs before limit/offset); only
		// a
		// page past the end asks for it on its own
		long[] total = new long[1];
		List<WithheldItem> items = this.jdbc.sql(ITEMS + """
				select i.*, p.name, count(*) over () as total from items i join people p on p.id = i.service_user_id
				order by i.since desc, i.item, i.ref limit :limit offset :offset
				""")
			.param("teams", teamIds)
			.param("limit", request.getPageSize())
			.param("offset", request.getOffset())
			.query((rs, n) -> {
				total[0] = rs.getLong("total");
				return new WithheldItem(rs.getString("item"), rs.getLong("service_user_id"), rs.getString("name"),
						rs.getString("what"), rs.getString("ref"), rs.getString("reason"), rs.getString("detail"),
						toInstant(rs.getTimestamp("since")));
			})
			.list();
		if (items.isEmpty() && request.getOffset() > 0) {
			total[0] = this.jdbc.sql(ITEMS + "select count(*) from items")
				.param("teams", teamIds)
				.query(Long.class)
				.single();
		}
		return new PageImpl<>(items, request, total[0]);
	}

	private static Instant toInstant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
