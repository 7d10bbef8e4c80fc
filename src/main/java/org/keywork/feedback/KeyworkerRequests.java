package org.keywork.feedback;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.Keyworkers;
import org.keywork.serviceusers.PersonMovedTeam;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.serviceusers.ServiceUserService;
import org.keywork.web.NotFoundException;
import org.keywork.web.Pages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person asking for a different keyworker. The request goes to the managers of the
 * person's team, who agree (the keyworker changes through {@link Keyworkers#change}, so
 * the request and the answer are written into the keyworker history) or decline with a
 * reason. The person sees the answer in the portal. One open request per person at a
 * time.
 */
@Service
@Transactional(readOnly = true)
class KeyworkerRequests {

	static final int PAGE_SIZE = 25;

	/**
	 * How much of the person's reason goes into the keyworker history (the history's
	 * reason holds 1000).
	 */
	private static final int REASON_IN_HISTORY = 400;

	private static final Logger log = LoggerFactory.getLogger(KeyworkerRequests.class);

	private final JdbcClient jdbc;

	private final ServiceUserService people;

	private final Keyworkers keyworkers;

	private final AccessPolicy policy;

	private final MessageSource messages;

	private final Clock clock;

	KeyworkerRequests(JdbcClient jdbc, ServiceUserService people, Keyworkers keyworkers, AccessPolicy policy,
			MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.people = people;
		this.keyworkers = keyworkers;
		this.policy = policy;
		this.messages = messages;
		this.clock = clock;
	}

	/** The person's own requests, newest first. */
	List<Request> mine(ServiceUser me) {
		return this.jdbc.sql(SELECT + " where r.service_user_id = ? order by r.requested_at desc, r.id desc")
			.param(me.getId())
			.query((rs, i) -> row(rs))
			.list();
	}

	/**
	 * @return false if the person already has a request waiting for an answer
	 */
	@Transactional
	boolean ask(KeyworkUser user, ServiceUser me, KeyworkerRequestForm form) {
		if (hasOpen(me.getId())) {
			return false;
		}
		this.jdbc.sql("""
				insert into keyworker_request (service_user_id, team_id, reason, status, requested_at, requested_by)
				values (?, ?, ?, 'OPEN', ?, ?)
				""")
			.params(me.getId(), me.getTeamId(), form.getReason().trim(), Timestamp.from(this.clock.instant()),
					user.getId())
			.update();
		log.info("Keyworker request from service user {}", me.getId());
		return true;
	}

	/**
	 * An open request follows the person to their new team: the new team's managers
	 * answer it (they know the new team's keyworkers), and it leaves the old team's list.
	 * Answered requests stay with the team that answered them.
	 */
	@EventListener
	@Transactional
	void personMovedTeam(PersonMovedTeam moved) {
		List<Long> open = this.jdbc.sql("""
				update keyworker_request set team_id = ? where service_user_id = ? and status = 'OPEN' returning id
				""").params(moved.toTeamId(), moved.personId()).query(Long.class).list();
		open.forEach(id -> log.info("Keyworker request {} of service user {} moved between teams ({} to {})", id,
				moved.personId(), moved.fromTeamId(), moved.toTeamId()));
	}

	boolean hasOpen(Long personId) {
		return this.jdbc.sql("select count(*) from keyworker_request where service_user_id = ? and status = 'OPEN'")
			.param(personId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Requests from people in the teams this manager manages: open ones first, then the
	 * newest.
	 */
	Page<Request> forManager(KeyworkUser user, int page) {
		PageRequest request = Pages.of(page, PAGE_SIZE);
		Set<Long> teams = this.policy.teamIds(user);
		if (teams.isEmpty()) {
			return Page.empty(request);
		}
		Long[] ids = teams.toArray(Long[]::new);
		long total = this.jdbc.sql("select count(*) from keyworker_request where team_id = any(?)")
			.param(ids)
			.query(Long.class)
			.single();
		List<Request> rows = this.jdbc.sql(SELECT + """
				 where r.team_id = any(?)
				order by (r.status = 'OPEN') desc, r.requested_at desc, r.id desc limit ? offset ?
				""").params(ids, request.getPageSize(), request.getOffset()).query((rs, i) -> row(rs)).list();
		return new PageImpl<>(rows, request, total);
	}

	/** One request, for a manager of the person's team; 404 for anyone else (ADR 001). */
	Request get(KeyworkUser user, Long requestId) {
		Request found = this.jdbc.sql(SELECT + " where r.id = ?")
			.param(requestId)
			.query((rs, i) -> row(rs))
			.optional()
			.orElseThrow(() -> new NotFoundException("Keyworker request", requestId));
		ServiceUser person = this.people.get(user, found.personId());
		if (!this.policy.canAssignKeyworker(user, person)) {
			throw new NotFoundException("Keyworker request", requestId);
		}
		return found;
	}

	/**
	 * Answers an open request.
	 * @return false if someone answered it already
	 */
	@Transactional
	boolean answer(KeyworkUser user, Long requestId, AnswerForm form) {
		Request request = get(user, requestId);
		if (!request.open()) {
			return false;
		}
		boolean agree = form.getDecision() == AnswerForm.Decision.AGREE;
		if (agree) {
			ServiceUser person = this.people.get(user, request.personId());
			this.keyworkers.change(user, person.getId(), form.getKeyworkerId(),
					form.getVersion() != null ? form.getVersion() : person.getVersion(),
					this.messages.getMessage("keyworkerRequest.history",
							new Object[] { shorten(request.reason()), form.getAnswer().trim() }, Locale.UK));
		}
		int updated = this.jdbc
			.sql("""
					update keyworker_request set status = ?, answered_at = ?, answered_by = ?, answer = ?, new_keyworker_id = ?
					where id = ? and status = 'OPEN'
					""")
			.params(agree ? "AGREED" : "DECLINED", Timestamp.from(this.clock.instant()), user.getId(),
					form.getAnswer().trim(), agree ? form.getKeyworkerId() : null, requestId)
			.update();
		if (updated == 0) {
			throw new AccessDeniedException("Keyworker request " + requestId + " was answered meanwhile");
		}
		log.info("Keyworker request {} {} by account {}", requestId, agree ? "agreed" : "declined", user.getId());
		return true;
	}

	private static String shorten(String reason) {
		return reason.length() <= REASON_IN_HISTORY ? reason : reason.substring(0, REASON_IN_HISTORY - 1) + "…";
	}

	private static final String SELECT = """
			select r.id, r.service_user_id, coalesce(nullif(trim(su.preferred_name), ''), su.legal_name) as person_name,
			  su.reference, r.reason, r.status, r.requested_at, r.answered_at, r.answer,
			  kw.display_name as current_keyworker, nk.display_name as new_keyworker, ab.display_name as answered_by
			from keyworker_request r
			join service_user su on su.id = r.service_user_id
			left join account kw on kw.id = su.keyworker_id
			left join account nk on nk.id = r.new_keyworker_id
			left join account ab on ab.id = r.answered_by
			""";

	private static Request row(java.sql.ResultSet rs) throws java.sql.SQLException {
		Timestamp answered = rs.getTimestamp("answered_at");
		return new Request(rs.getLong("id"), rs.getLong("service_user_id"), rs.getString("person_name"),
				rs.getString("reference"), rs.getString("reason"), rs.getString("status"),
				rs.getTimestamp("requested_at").toInstant(), answered == null ? null : answered.toInstant(),
				rs.getString("answer"), rs.getString("current_keyworker"), rs.getString("new_keyworker"),
				rs.getString("answered_by"));
	}

	/**
	 * A request with the names a page needs. {@code answeredBy} and
	 * {@code currentKeyworker} are for managers; the portal shows the person only the
	 * status, the answer and the new keyworker.
	 */
	record Request(Long id, Long personId, String personName, String reference, String reason, String status,
			Instant requestedAt, Instant answeredAt, String answer, String currentKeyworker, String newKeyworker,
			String answeredBy) {

		boolean open() {
			return "OPEN".equals(this.status);
		}

		public boolean isOpen() {
			return open();
		}

	}

	Optional<Request> latest(ServiceUser me) {
		return mine(me).stream().findFirst();
	}

}
