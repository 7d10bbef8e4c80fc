package org.keywork.support;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.keywork.database.Batch;
import org.keywork.database.Later;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.PersonPageSection;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.web.Dates;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The three support records on a person's page: where each stands (not started, draft,
 * agreed), when its review is due, whether it is withheld from the person, and at a
 * glance how the Action Plan is going. One query for all three, sent with the rest of the
 * page's. Someone who may not see withheld records (a peer) sees a withheld record as not
 * there, exactly as on the record's own page, and no factor they may not see is counted.
 */
@Component
@Order(10)
class SupportRecordsSection implements PersonPageSection {

	private final SupportRecordService service;

	private final Dates dates;

	SupportRecordsSection(SupportRecordService service, Dates dates) {
		this.service = service;
		this.dates = dates;
	}

	@Override
	public Later<Optional<Content>> content(KeyworkUser user, ServiceUser person, Batch batch) {
		boolean withheldToo = this.service.seesWithheld(user, person);
		LocalDate today = this.dates.today();
		List<RecordKind> readable = List.of(RecordKind.values())
			.stream()
			.filter(kind -> this.service.mayRead(user, person, kind))
			.toList();
		return batch.sql("""
				select kind, version_number, status, agreed_on, review_due, withheld,
				  (select count(*) from jsonb_array_elements(content->'goals') g) as goals,
				  (select count(*) from jsonb_array_elements(content->'goals') g, jsonb_array_elements(g->'steps') s
				     where s->>'status' <> 'NO_LONGER_NEEDED') as steps,
				  (select count(*) from jsonb_array_elements(content->'goals') g, jsonb_array_elements(g->'steps') s
				     where s->>'status' = 'DONE') as steps_done,
				  (select count(*) from jsonb_array_elements(content->'factors') f
				     where :withheldToo or not coalesce((f->>'withheld')::boolean, false)) as factors
				from (
				  select distinct on (kind) * from support_record where service_user_id = :id
				  order by kind, version_number desc
				) latest
				""").param("id", person.getId()).param("withheldToo", withheldToo).query((rs, i) -> {
			LocalDate reviewDue = rs.getObject("review_due", LocalDate.class);
			RecordStatus status = RecordStatus.valueOf(rs.getString("status"));
			return new Summary(RecordKind.valueOf(rs.getString("kind")), rs.getInt("version_number"), status,
					rs.getObject("agreed_on", LocalDate.class), reviewDue, review(status, reviewDue, today),
					rs.getBoolean("withheld"), rs.getInt("goals"), rs.getInt("steps"), rs.getInt("steps_done"),
					rs.getInt("factors"));
		}).map(summaries -> {
			Map<RecordKind, Summary> latest = new EnumMap<>(RecordKind.class);
			summaries.stream()
				.filter(summary -> withheldToo || !summary.withheld())
				.forEach(summary -> latest.put(summary.kind(), summary));
			List<Row> rows = readable.stream().map(kind -> new Row(kind, latest.get(kind))).toList();
			return Optional.of(new Content("support/person-section", "summary", new Data(rows, withheldToo)));
		});
	}

	private static Review review(RecordStatus status, LocalDate due, LocalDate today) {
		if (status != RecordStatus.AGREED || due == null) {
			return Review.NONE;
		}
		if (due.isBefore(today)) {
			return Review.OVERDUE;
		}
		return due.isAfter(today.plusDays(SupportRecordQueries.REVIEW_DUE_WITHIN_DAYS)) ? Review.SCHEDULED
				: Review.DUE_SOON;
	}

	/** When the record's review falls, as of today. */
	public enum Review {

		NONE, SCHEDULED, DUE_SOON, OVERDUE

	}

	/** The latest version of one record, as the reader may see it. */
	public record Summary(RecordKind kind, int versionNumber, RecordStatus status, LocalDate agreedOn,
			LocalDate reviewDue, Review review, boolean withheld, int goals, int steps, int stepsDone, int factors) {

		public int progressPercent() {
			return this.steps == 0 ? 0 : Math.round(100f * this.stepsDone / this.steps);
		}

	}

	/**
	 * One of the three records; {@code summary} is null when there is none the reader may
	 * see.
	 */
	public record Row(RecordKind kind, Summary summary) {
	}

	public record Data(List<Row> rows, boolean showSharing) {
	}

}
