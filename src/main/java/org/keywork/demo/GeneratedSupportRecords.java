package org.keywork.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.keywork.demo.GenerationPlan.Plan;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Generated support records ({@link DataGenerator}): the three records of each person,
 * some reviewed, and their history events, set-based in SQL from {@code gen_person}.
 */
@Component
class GeneratedSupportRecords {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	GeneratedSupportRecords(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Each person's overview, safety plan and action plan, some reviewed. */
	int records(Plan plan, Instant now, LocalDate today) {
		this.jdbc.sql("create temp table gen_content (kind varchar(20), variant integer, content jsonb) on commit drop")
			.update();
		for (int v = 0; v < 5; v++) {
			content("OVERVIEW", v, DemoSupportContent.overview(v));
			content("SAFETY_PLAN", v, DemoSupportContent.safetyPlan(v));
			content("ACTION_PLAN", v, DemoSupportContent.actionPlan(v, today));
		}
		// version 1 of each record for everyone (a draft while still referred); for one
		// person in five a reviewed, agreed version 2 of the overview and the action
		// plan;
		// for one in twenty a draft review of the action plan. An agreed record's review
		// is
		// due 13 weeks after it was agreed or, for support that began long ago, on a date
		// spread over the next four months (one in seven up to three weeks overdue), as
		// in
		// a service that keeps up with its reviews: it is not generated as years overdue.
		String insert = """
				insert into support_record (service_user_id, kind, version_number, status, content, agreed_on,
				  person_comment, review_due, withheld, withheld_reason, withheld_detail, created_at, created_by,
				  updated_at, updated_by)
				select p.id, k.kind, %s, s.status, c.content, a.agreed_on, a.comment,
				       case when s.status = 'AGREED' then greatest(a.agreed_on + 91,
				         cast(:today as date) - 21 + (p.i * 37 + length(k.kind)) %% 140) end,
				       w.withheld, case when w.withheld then 'STAFF_SAFETY' end,
				       case when w.withheld then 'About a risk to staff on visits (generated)' end,
				       case when s.status = 'AGREED' then cast(a.agreed_on - 10 as timestamp) at time zone 'UTC'
				            + interval '10 hours' else cast(:now as timestamptz) - interval '2 days' end, p.author,
				       case when s.status = 'AGREED' then cast(a.agreed_on as timestamp) at time zone 'UTC'
				            + interval '15 hours' else cast(:now as timestamptz) - interval '1 day' end, p.author
				from gen_person p
				cross join (values ('OVERVIEW'), ('SAFETY_PLAN'), ('ACTION_PLAN')) k (kind)
				join gen_content c on c.kind = k.kind and c.variant = (p.i + %s) %% 5
				cross join lateral (select %s as status) s
				cross join lateral (select case when s.status = 'AGREED' then %s end as agreed_on,
				                           case when s.status = 'AGREED' and p.i %% 4 = 0
				                                then 'We wrote this together (generated)' end as comment) a
				cross join lateral (select k.kind = 'SAFETY_PLAN' and p.i %% 50 = 7 as withheld) w
				where %s
				order by p.i, k.kind
				""";
		Map<String, Object> params = Map.of("now", Timestamp.from(now), "today", Date.valueOf(today));
		int added = this.jdbc
			.sql(insert.formatted("1", "0", "case when p.status = 'REFERRED' then 'DRAFT' else 'AGREED' end",
					"least(p.from_day + 28, cast(:today as date))", "true"))
			.params(params)
			.update();
		added += this.jdbc.sql(insert.formatted("2", "1", "'AGREED'", "p.from_day + 208",
				"p.i % 5 = 1 and p.status <> 'REFERRED' and p.from_day + 208 <= cast(:today as date) "
						+ "and k.kind <> 'SAFETY_PLAN'"))
			.params(params)
			.update();
		added += this.jdbc.sql(insert.formatted("3", "2", "'DRAFT'", "null::date",
				"p.i % 20 = 1 and p.status = 'ACTIVE' and p.from_day + 208 <= cast(:today as date) "
						+ "and k.kind = 'ACTION_PLAN'"))
			.params(params)
			.update();
		return added;
	}

	private void content(String kind, int variant, Object content) {
		this.jdbc.sql("insert into gen_content (kind, variant, content) values (?, ?, ?::jsonb)")
			.params(kind, variant, this.json.writeValueAsString(content))
			.update();
	}

	/** The history events of the generated records. */
	int events() {
		return this.jdbc
			.sql("""
					insert into support_record_event (service_user_id, record_id, kind, action, args, lock_version,
					  occurred_at, account_id)
					select r.service_user_id, r.id, r.kind, a.action, '[]'::jsonb, r.version, a.at, r.created_by
					from support_record r join gen_person p on p.id = r.service_user_id
					cross join lateral (values (case when r.version_number = 1 then 'STARTED' else 'REVIEW_STARTED' end,
					                            r.created_at),
					                           (case when r.status = 'AGREED' then 'AGREED' end, r.updated_at)) a (action, at)
					where a.action is not null
					order by r.id, a.at
					""")
			.update();
	}

}
