package org.keywork.feedback;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.staff.TeamChoices;
import org.keywork.staff.TeamChoices.TeamChoice;
import org.keywork.web.Dates;
import org.keywork.web.Pages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feedback from the people a team supports, stored per person and team with the date.
 * Managers read it per team: averages by month and the comments. Nothing here names who
 * gave which rating on the managers' pages (comments show the date only), so people can
 * be candid.
 */
@Service
@Transactional(readOnly = true)
class Feedback {

	static final int COMMENTS_PAGE_SIZE = 20;

	static final int MONTHS_SHOWN = 12;

	private static final Logger log = LoggerFactory.getLogger(Feedback.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Dates dates;

	private final TeamChoices teams;

	private final AccessPolicy policy;

	Feedback(JdbcClient jdbc, Clock clock, Dates dates, TeamChoices teams, AccessPolicy policy) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.dates = dates;
		this.teams = teams;
		this.policy = policy;
	}

	/** The teams this account manages, by name (whose feedback it may read). */
	List<TeamChoice> teamsManagedBy(KeyworkUser user) {
		return this.teams.byIds(this.policy.teamIds(user));
	}

	/**
	 * The person's own feedback (they are loaded through the access policy by the
	 * caller).
	 */
	@Transactional
	void give(KeyworkUser user, ServiceUser me, FeedbackForm form) {
		String comment = form.getComment() == null || form.getComment().isBlank() ? null : form.getComment().trim();
		this.jdbc.sql("""
				insert into feedback (service_user_id, team_id, listened_to, support_when_needed, respected, helping,
				  comment, given_on, created_at, account_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(me.getId(), me.getTeamId(), form.getListenedTo(), form.getSupportWhenNeeded(), form.getRespected(),
					form.getHelping(), comment, Date.valueOf(this.dates.today()), Timestamp.from(this.clock.instant()),
					user.getId())
			.update();
		log.info("Feedback given by service user {}", me.getId());
	}

	/**
	 * Averages per month for one team, newest month first, for the last twelve months.
	 */
	List<MonthAverage> monthly(Long teamId) {
		LocalDate from = this.dates.today().withDayOfMonth(1).minusMonths(MONTHS_SHOWN - 1);
		return this.jdbc.sql("""
				select date_trunc('month', given_on)::date as month, count(*) as responses,
				  round(avg(listened_to), 1) as listened_to, round(avg(support_when_needed), 1) as support_when_needed,
				  round(avg(respected), 1) as respected, round(avg(helping), 1) as helping
				from feedback where team_id = ? and given_on >= ?
				group by month order by month desc
				""")
			.params(teamId, Date.valueOf(from))
			.query((rs, i) -> new MonthAverage(rs.getDate("month").toLocalDate(), rs.getLong("responses"),
					rs.getBigDecimal("listened_to"), rs.getBigDecimal("support_when_needed"),
					rs.getBigDecimal("respected"), rs.getBigDecimal("helping")))
			.list();
	}

	/** The free-text comments for one team, newest first. */
	Page<Comment> comments(Long teamId, int page) {
		PageRequest request = Pages.of(page, COMMENTS_PAGE_SIZE);
		long total = this.jdbc.sql("select count(*) from feedback where team_id = ? and comment is not null")
			.param(teamId)
			.query(Long.class)
			.single();
		List<Comment> comments = this.jdbc.sql("""
				select given_on, comment from feedback where team_id = ? and comment is not null
				order by given_on desc, id desc limit ? offset ?
				""")
			.params(teamId, request.getPageSize(), request.getOffset())
			.query((rs, i) -> new Comment(rs.getDate("given_on").toLocalDate(), rs.getString("comment")))
			.list();
		return new PageImpl<>(comments, request, total);
	}

	/** When the person last gave feedback, if ever. */
	LocalDate lastGivenOn(Long personId) {
		return this.jdbc.sql("select max(given_on) from feedback where service_user_id = ?")
			.param(personId)
			.query((rs, i) -> rs.getDate(1) == null ? null : rs.getDate(1).toLocalDate())
			.list()
			.get(0);
	}

	record MonthAverage(LocalDate month, long responses, java.math.BigDecimal listenedTo,
			java.math.BigDecimal supportWhenNeeded, java.math.BigDecimal respected, java.math.BigDecimal helping) {
	}

	record Comment(LocalDate givenOn, String text) {
	}

}
