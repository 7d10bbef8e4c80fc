package org.keywork;

import java.sql.Date;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Support records (Action Plan, Safety Plan, Support Overview) for a test, inserted as
 * the application stores them:
 * {@code TestPlans.actionPlan(person).content(json).withheld("THIRD_PARTY").by("worker").save(jdbc)}.
 * By default version 1, agreed today with a review in 90 days, shared; a draft has
 * neither date unless given.
 */
public final class TestPlans {

	private TestPlans() {
	}

	/** A record of this {@code RecordKind} name, whose content the test gives. */
	public static Builder of(long person, String kind) {
		return new Builder(person, kind, "{}");
	}

	public static Builder actionPlan(long person) {
		return new Builder(person, "ACTION_PLAN", "{\"goals\":[]}");
	}

	public static Builder safetyPlan(long person) {
		return new Builder(person, "SAFETY_PLAN", "{\"crisisContacts\":null,\"factors\":[]}");
	}

	public static Builder overview(long person) {
		return new Builder(person, "OVERVIEW", "{\"aspirations\":null,\"areas\":[]}");
	}

	/**
	 * Action Plan content with one goal (area MONEY) and these steps, each {@code {id,
	 * what, who}}, not started.
	 */
	public static String oneGoal(String goal, String[]... steps) {
		StringBuilder json = new StringBuilder();
		for (String[] step : steps) {
			json.append(json.isEmpty() ? "" : ",")
				.append("{\"id\":\"%s\",\"what\":\"%s\",\"who\":\"%s\",\"status\":\"NOT_STARTED\"}".formatted(step[0],
						step[1], step[2]));
		}
		return """
				{"goals":[{"id":"goal-1","area":"MONEY","goal":"%s","whyItMatters":null,"steps":[%s]}]}
				""".formatted(goal, json);
	}

	public static final class Builder {

		private final long person;

		private final String kind;

		private String content;

		private int version = 1;

		private String status = "AGREED";

		private LocalDate agreedOn;

		private boolean agreedOnGiven;

		private LocalDate reviewDue;

		private boolean reviewDueGiven;

		private String withheldReason;

		private String by;

		private Builder(long person, String kind, String content) {
			this.person = person;
			this.kind = kind;
			this.content = content;
		}

		/** The record's content, as JSON. */
		public Builder content(String json) {
			this.content = json;
			return this;
		}

		public Builder version(int number) {
			this.version = number;
			return this;
		}

		/** {@code RecordStatus} name: AGREED (the default), DRAFT, UNDER_REVIEW... */
		public Builder status(String status) {
			this.status = status;
			return this;
		}

		public Builder agreedOn(LocalDate day) {
			this.agreedOn = day;
			this.agreedOnGiven = true;
			return this;
		}

		public Builder reviewDue(LocalDate day) {
			this.reviewDue = day;
			this.reviewDueGiven = true;
			return this;
		}

		/** Not shared with the person, for this reason ({@code WithholdReason} name). */
		public Builder withheld(String reason) {
			this.withheldReason = reason;
			return this;
		}

		/** Created and last changed by the account with this username. */
		public Builder by(String username) {
			this.by = username;
			return this;
		}

		/**
		 * @return the record's id
		 */
		public long save(JdbcClient jdbc) {
			boolean agreed = this.status.equals("AGREED");
			LocalDate agreedOn = this.agreedOnGiven ? this.agreedOn : agreed ? LocalDate.now() : null;
			LocalDate reviewDue = this.reviewDueGiven ? this.reviewDue : agreed ? LocalDate.now().plusDays(90) : null;
			return jdbc.sql("""
					insert into support_record (service_user_id, kind, version_number, status, content, agreed_on,
					  review_due, withheld, withheld_reason, created_by, updated_by)
					values (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, (select id from account where username = ?),
					  (select id from account where username = ?))
					returning id
					""")
				.params(this.person, this.kind, this.version, this.status, this.content, date(agreedOn),
						date(reviewDue), this.withheldReason != null, this.withheldReason, this.by, this.by)
				.query(Long.class)
				.single();
		}

		private static Date date(LocalDate day) {
			return day == null ? null : Date.valueOf(day);
		}

	}

}
