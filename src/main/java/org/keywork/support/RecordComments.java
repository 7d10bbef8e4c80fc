package org.keywork.support;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.keywork.database.Batch;
import org.keywork.database.Later;
import org.keywork.security.KeyworkUser;
import org.keywork.security.Role;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's own words on their records: a comment on a whole record, or on one goal or
 * step of their Action Plan. Only the person writes them (from the portal); staff who may
 * read the record read them on the record page. Comments are kept next to the records
 * they are about (not in the portal) so the record page can list them without the support
 * capability depending on the portal.
 */
@Service
@Transactional(readOnly = true)
public class RecordComments {

	public static final int MAX_LENGTH = 2000;

	private static final Logger log = LoggerFactory.getLogger(RecordComments.class);

	private static final String LATEST = """
			select c.target_id, c.text, c.created_at, a.display_name
			from record_comment c join account a on a.id = c.author_account_id
			where c.service_user_id = ? and c.kind = ?
			order by c.created_at desc, c.id desc
			limit ?
			""";

	private final JdbcClient jdbc;

	private final SupportRecordService records;

	private final Clock clock;

	RecordComments(JdbcClient jdbc, SupportRecordService records, Clock clock) {
		this.jdbc = jdbc;
		this.records = records;
		this.clock = clock;
	}

	/**
	 * Adds the signed-in person's comment to their own record. The record must be one
	 * they can see (not withheld), and a target must be a goal or step of their latest
	 * Action Plan.
	 */
	@Transactional
	public void add(KeyworkUser user, ServiceUser person, RecordKind kind, String targetId, String text) {
		if (!user.hasRole(Role.SERVICE_USER) || !person.getId().equals(user.getServiceUserId())) {
			throw new AccessDeniedException("Only the person adds their own words");
		}
		RecordView<RecordContent> view = this.records.<RecordContent>latest(user, person, kind)
			.orElseThrow(() -> new NotFoundException("Support record", kind));
		String target = (targetId == null || targetId.isBlank()) ? null : targetId;
		if (target != null && targetLabel(view.content(), target) == null) {
			throw new NotFoundException("Comment target", target);
		}
		this.jdbc.sql("""
				insert into record_comment (service_user_id, kind, target_id, text, author_account_id, created_at)
				values (?, ?, ?, ?, ?, ?)
				""")
			.params(person.getId(), kind.name(), target, text.trim(), user.getId(),
					Timestamp.from(this.clock.instant()))
			.update();
		log.info("Comment added to {} of service user {} by account {}", kind, person.getId(), user.getId());
	}

	/**
	 * The newest comments on one of the person's records, with what each is about (from
	 * the given content).
	 */
	public List<CommentView> latest(Long personId, RecordKind kind, RecordContent content, int limit) {
		return this.jdbc.sql(LATEST).params(personId, kind.name(), limit).query((rs, i) -> {
			String target = rs.getString("target_id");
			return new CommentView(target, target == null ? null : targetLabel(content, target), rs.getString("text"),
					rs.getTimestamp("created_at").toInstant(), rs.getString("display_name"));
		}).list();
	}

	/**
	 * {@link #latest(Long, RecordKind, RecordContent, int)} registered in a batch; what
	 * each is about is looked up in {@code content} when the comments are read.
	 */
	public Later<List<CommentView>> latest(Long personId, RecordKind kind, Supplier<RecordContent> content, int limit,
			Batch batch) {
		return batch.sql(LATEST)
			.params(personId, kind.name(), limit)
			.query((rs, i) -> new CommentView(rs.getString("target_id"), null, rs.getString("text"),
					rs.getTimestamp("created_at").toInstant(), rs.getString("display_name")))
			.map(rows -> rows.stream()
				.map(c -> c.targetId() == null ? c
						: new CommentView(c.targetId(), targetLabel(content.get(), c.targetId()), c.text(), c.at(),
								c.authorName()))
				.toList());
	}

	/**
	 * What a goal or step id names in this content (the goal or step text), or null if it
	 * is not there.
	 */
	public static String targetLabel(RecordContent content, String targetId) {
		if (content instanceof ActionPlanContent plan) {
			return plan.goal(targetId)
				.map(ActionPlanContent.Goal::getGoal)
				.or(() -> plan.step(targetId).map(ActionPlanContent.Step::getWhat))
				.orElse(null);
		}
		return null;
	}

	/**
	 * One comment. {@code targetLabel} is null for a comment on the whole record, or when
	 * the goal or step it was about is no longer in the plan.
	 */
	public record CommentView(String targetId, String targetLabel, String text, Instant at, String authorName) {
	}

}
