package org.keywork.benefits;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.keywork.database.Batch;
import org.keywork.database.Batches;
import org.keywork.database.Later;
import org.keywork.housing.Money;
import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.serviceusers.ServiceUserService;
import org.keywork.sharing.SharingDecision;
import org.keywork.sharing.WithholdReason;
import org.keywork.web.Dates;
import org.keywork.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's welfare benefits. Who sees them: staff of the person's team (withheld ones
 * only those who see withheld items); the person those not withheld; peers none (money is
 * not theirs to know: ADR 013). Staff who may change the record add and change benefits
 * under optimistic locking ({@link StaleBenefitException}); each status a benefit takes
 * is kept ({@code welfare_benefit_status}). Visibility is applied in SQL.
 */
@Service
@Transactional(readOnly = true)
class WelfareBenefits {

	private static final Logger log = LoggerFactory.getLogger(WelfareBenefits.class);

	private static final String COLUMNS = """
			select b.id, b.service_user_id, b.benefit, b.other_name, b.status, b.status_since, b.amount, b.period,
			  b.review_on, b.notes, b.withheld, b.withheld_reason, b.withheld_detail, b.version
			from welfare_benefit b
			""";

	private final JdbcClient jdbc;

	private final AccessPolicy policy;

	private final ServiceUserService people;

	private final Clock clock;

	private final Dates dates;

	private final MessageSource messages;

	private final Money money;

	private final Batches batches;

	WelfareBenefits(JdbcClient jdbc, AccessPolicy policy, ServiceUserService people, Clock clock, Dates dates,
			MessageSource messages, Money money, Batches batches) {
		this.batches = batches;
		this.money = money;
		this.jdbc = jdbc;
		this.policy = policy;
		this.people = people;
		this.clock = clock;
		this.dates = dates;
		this.messages = messages;
	}

	/** May this account see the person's benefits at all? Never a peer. */
	boolean canSee(KeyworkUser user, ServiceUser person) {
		return this.policy.canReadHome(user, person);
	}

	boolean canChange(KeyworkUser user, ServiceUser person) {
		return this.policy.canEdit(user, person);
	}

	boolean seesWithheld(KeyworkUser user, ServiceUser person) {
		return this.policy.seesWithheld(user, person);
	}

	/** The person, if the account may see their benefits (404 otherwise). */
	ServiceUser readable(KeyworkUser user, Long personId) {
		ServiceUser person = this.people.get(user, personId);
		if (!canSee(user, person)) {
			throw new NotFoundException("Welfare benefits", personId);
		}
		return person;
	}

	/** The person, if the account may change their benefits (404 / 403). */
	ServiceUser changeable(KeyworkUser user, Long personId) {
		ServiceUser person = this.people.get(user, personId);
		check(user, person);
		return person;
	}

	LocalDate today() {
		return this.dates.today();
	}

	/**
	 * Every benefit the account may see: those at risk first, then by name (one query).
	 */
	List<Benefit> list(KeyworkUser user, ServiceUser person) {
		return list(user, person, this.batches.start()).get();
	}

	/** {@link #list(KeyworkUser, ServiceUser)}, read with the rest of the batch. */
	Later<List<Benefit>> list(KeyworkUser user, ServiceUser person, Batch batch) {
		if (!canSee(user, person)) {
			return Later.of(List.of());
		}
		return batch.sql(COLUMNS + """
				where b.service_user_id = :person and (cast(:withheldToo as boolean) or not b.withheld)
				order by case b.status when 'STOPPED' then 1 when 'SUSPENDED' then 0 when 'SANCTIONED' then 0
				  when 'APPLYING' then 2 else 3 end, b.benefit, b.id
				""")
			.param("person", person.getId())
			.param("withheldToo", seesWithheld(user, person))
			.query((rs, i) -> row(rs));
	}

	/** One benefit the account may see (404 otherwise). */
	Benefit get(KeyworkUser user, ServiceUser person, Long benefitId) {
		if (!canSee(user, person)) {
			throw new NotFoundException("Welfare benefit", benefitId);
		}
		return this.jdbc.sql(COLUMNS + """
				where b.id = :id and b.service_user_id = :person and (cast(:withheldToo as boolean) or not b.withheld)
				""")
			.param("id", benefitId)
			.param("person", person.getId())
			.param("withheldToo", seesWithheld(user, person))
			.query((rs, i) -> row(rs))
			.optional()
			.orElseThrow(() -> new NotFoundException("Welfare benefit", benefitId));
	}

	@Transactional
	Long add(KeyworkUser user, ServiceUser person, Details details) {
		check(user, person);
		Long id = this.jdbc.sql("""
				insert into welfare_benefit (service_user_id, benefit, other_name, status, status_since, amount, period,
				  review_on, notes, withheld, withheld_reason, withheld_detail, created_at, created_by)
				values (:person, :benefit, :otherName, :status, :since, :amount, :period, :reviewOn, :notes, :withheld,
				  :withheldReason, :withheldDetail, :now, :by)
				returning id
				""")
			.param("person", person.getId())
			.params(params(details))
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", user.getId())
			.query(Long.class)
			.single();
		statusTaken(user, id, details);
		log.info("Welfare benefit {} added for service user {} by account {}", id, person.getId(), user.getId());
		return id;
	}

	/**
	 * Changes a benefit; a new status (or a new date for it) joins the history.
	 * @throws StaleBenefitException if it changed since {@code version} was read
	 */
	@Transactional
	void change(KeyworkUser user, ServiceUser person, Long benefitId, long version, Details details) {
		check(user, person);
		Benefit before = get(user, person, benefitId);
		int changed = this.jdbc.sql("""
				update welfare_benefit set benefit = :benefit, other_name = :otherName, status = :status,
				  status_since = :since, amount = :amount, period = :period, review_on = :reviewOn, notes = :notes,
				  withheld = :withheld, withheld_reason = :withheldReason, withheld_detail = :withheldDetail,
				  changed_at = :now, changed_by = :by, version = version + 1
				where id = :id and service_user_id = :person and version = :version
				""")
			.params(params(details))
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", user.getId())
			.param("id", benefitId)
			.param("person", person.getId())
			.param("version", version)
			.update();
		if (changed == 0) {
			throw new StaleBenefitException(benefitId);
		}
		if (before.status() != details.status() || !before.statusSince().equals(details.statusSince())) {
			statusTaken(user, benefitId, details);
		}
		log.info("Welfare benefit {} of service user {} changed by account {}", benefitId, person.getId(),
				user.getId());
	}

	String currencySymbol() {
		return this.money.currency().getCurrencyCode();
	}

	/** The benefit's name for the reader: its own name when it is another benefit. */
	String name(BenefitType type, String otherName) {
		if (type == BenefitType.OTHER && otherName != null) {
			return otherName;
		}
		return this.messages.getMessage("benefits.type." + type, null, type.name(), LocaleContextHolder.getLocale());
	}

	private void statusTaken(KeyworkUser user, Long benefitId, Details details) {
		this.jdbc.sql("""
				insert into welfare_benefit_status (benefit_id, status, status_since, recorded_at, recorded_by)
				values (?, ?, ?, ?, ?)
				""")
			.params(benefitId, details.status().name(), details.statusSince(), Timestamp.from(this.clock.instant()),
					user.getId())
			.update();
	}

	private void check(KeyworkUser user, ServiceUser person) {
		if (!canChange(user, person)) {
			throw new AccessDeniedException("Cannot change the welfare benefits of " + person.getId());
		}
	}

	private static Map<String, Object> params(Details d) {
		Map<String, Object> params = new HashMap<>();
		params.put("benefit", d.type().name());
		params.put("otherName", d.type() == BenefitType.OTHER ? blankToNull(d.otherName()) : null);
		params.put("status", d.status().name());
		params.put("since", d.statusSince());
		params.put("amount", d.amount());
		params.put("period", d.amount() == null || d.period() == null ? null : d.period().name());
		params.put("reviewOn", d.reviewOn());
		params.put("notes", blankToNull(d.notes()));
		SharingDecision sharing = d.sharing();
		params.put("withheld", sharing.isWithheld());
		params.put("withheldReason", sharing.getWithheldReason() == null ? null : sharing.getWithheldReason().name());
		params.put("withheldDetail", sharing.getWithheldDetail());
		return params;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	static Benefit row(ResultSet rs) throws SQLException {
		SharingDecision sharing = rs.getBoolean("withheld") ? SharingDecision
			.withheld(WithholdReason.valueOf(rs.getString("withheld_reason")), rs.getString("withheld_detail"))
				: SharingDecision.shared();
		String period = rs.getString("period");
		return new Benefit(rs.getLong("id"), rs.getLong("service_user_id"),
				BenefitType.valueOf(rs.getString("benefit")), rs.getString("other_name"),
				BenefitStatus.valueOf(rs.getString("status")), rs.getObject("status_since", LocalDate.class),
				rs.getBigDecimal("amount"), period == null ? null : BenefitPeriod.valueOf(period),
				rs.getObject("review_on", LocalDate.class), rs.getString("notes"), sharing, rs.getLong("version"));
	}

	/** What staff enter about a benefit. */
	record Details(BenefitType type, String otherName, BenefitStatus status, LocalDate statusSince,
			java.math.BigDecimal amount, BenefitPeriod period, LocalDate reviewOn, String notes,
			SharingDecision sharing) {
	}

}
