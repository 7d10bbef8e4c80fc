package org.keywork.referrals;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.keywork.database.Batch;
import org.keywork.database.Batches;
import org.keywork.database.Later;
import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.sharing.SharingDecision;
import org.keywork.sharing.WithholdReason;
import org.keywork.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's referrals to agencies. Staff who may change the record see and make them
 * all; the person sees those not withheld from them (left out in SQL); a peer sees none.
 * A referral that shares information needs the person's valid consent to share with that
 * agency on the referral date ({@link Consents#validFor}). Three queries, sent as one
 * statement, read a person's referrals, whatever their number.
 */
@Service
@Transactional(readOnly = true)
public class Referrals {

	private static final Logger log = LoggerFactory.getLogger(Referrals.class);

	private final JdbcClient jdbc;

	private final AccessPolicy policy;

	private final Consents consents;

	private final Clock clock;

	private final Batches batches;

	Referrals(JdbcClient jdbc, AccessPolicy policy, Consents consents, Clock clock, Batches batches) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.policy = policy;
		this.consents = consents;
		this.clock = clock;
	}

	/** The life areas of the Support Overview in use, code to name, in order. */
	public Map<String, String> lifeAreas() {
		Map<String, String> areas = new java.util.LinkedHashMap<>();
		this.jdbc.sql("select code, name from life_area where active order by position").query(rs -> {
			areas.put(rs.getString("code"), rs.getString("name"));
		});
		return areas;
	}

	/**
	 * The person's referrals the account may see, newest first.
	 * @throws NotFoundException unless staff who may change the record, or the person
	 */
	public List<Referral> of(KeyworkUser user, ServiceUser person) {
		return of(user, person, this.batches.start()).get();
	}

	/**
	 * The person's referrals the account may see, newest first, read with the rest of the
	 * batch (three queries, registered together).
	 * @throws NotFoundException unless staff who may change the record, or the person
	 */
	public Later<List<Referral>> of(KeyworkUser user, ServiceUser person, Batch batch) {
		boolean staff = this.policy.canEdit(user, person);
		if (!staff && !this.policy.isThePerson(user, person)) {
			throw new NotFoundException("Referrals", person.getId());
		}
		boolean seesWithheld = staff && this.policy.seesWithheld(user, person);
		Later<List<Map.Entry<Long, String>>> areas = batch.sql("""
				select ra.referral_id, l.name from referral_life_area ra
				join referral r on r.id = ra.referral_id join life_area l on l.code = ra.life_area_code
				where r.service_user_id = :person and (:seesWithheld or not r.withheld) order by l.position
				""")
			.param("person", person.getId())
			.param("seesWithheld", seesWithheld)
			.query((rs, i) -> Map.entry(rs.getLong("referral_id"), rs.getString("name")));
		Later<List<Map.Entry<Long, Referral.StatusChange>>> history = batch.sql("""
				select c.referral_id, c.status, c.changed_on, c.note from referral_status_change c
				join referral r on r.id = c.referral_id
				where r.service_user_id = :person and (:seesWithheld or not r.withheld) order by c.changed_on, c.id
				""")
			.param("person", person.getId())
			.param("seesWithheld", seesWithheld)
			.query((rs, i) -> Map.entry(rs.getLong("referral_id"),
					new Referral.StatusChange(ReferralStatus.valueOf(rs.getString("status")),
							rs.getObject("changed_on", LocalDate.class), seesWithheld ? rs.getString("note") : null)));
		Later<List<Referral>> referrals = batch.sql("""
				select r.id, r.service_user_id, r.agency_id, a.name as agency_name, s.name as service_name, r.reason,
				  r.referred_on, r.shares_information, r.status, r.outcome, r.outcome_good, r.withheld,
				  r.withheld_reason, r.withheld_detail, r.version
				from referral r join agency a on a.id = r.agency_id left join agency_service s on s.id = r.service_id
				where r.service_user_id = :person and (:seesWithheld or not r.withheld)
				order by r.referred_on desc, r.id desc
				""").param("person", person.getId()).param("seesWithheld", seesWithheld).query((rs, i) -> {
			String reason = rs.getString("withheld_reason");
			SharingDecision sharing = rs.getBoolean("withheld")
					? SharingDecision.withheld(reason == null ? WithholdReason.OTHER : WithholdReason.valueOf(reason),
							rs.getString("withheld_detail"))
					: SharingDecision.shared();
			Boolean good = rs.getObject("outcome_good", Boolean.class);
			return new Referral(rs.getLong("id"), rs.getLong("service_user_id"), rs.getLong("agency_id"),
					rs.getString("agency_name"), rs.getString("service_name"), rs.getString("reason"), List.of(),
					rs.getObject("referred_on", LocalDate.class), rs.getBoolean("shares_information"),
					ReferralStatus.valueOf(rs.getString("status")), rs.getString("outcome"), good, sharing,
					rs.getInt("version"), List.of());
		});
		return Later.from(() -> {
			Map<Long, List<String>> areasOf = grouped(areas.get());
			Map<Long, List<Referral.StatusChange>> historyOf = grouped(history.get());
			return referrals.get()
				.stream()
				.map(r -> new Referral(r.id(), r.personId(), r.agencyId(), r.agencyName(), r.serviceName(), r.reason(),
						areasOf.getOrDefault(r.id(), List.of()), r.referredOn(), r.sharesInformation(), r.status(),
						r.outcome(), r.outcomeGood(), r.sharing(), r.version(),
						historyOf.getOrDefault(r.id(), List.of())))
				.toList();
		});
	}

	private static <T> Map<Long, List<T>> grouped(List<Map.Entry<Long, T>> rows) {
		Map<Long, List<T>> grouped = new HashMap<>();
		rows.forEach(row -> grouped.computeIfAbsent(row.getKey(), id -> new ArrayList<>()).add(row.getValue()));
		return grouped;
	}

	/**
	 * Is there valid consent for what this form asks (always, when it shares nothing)?
	 */
	boolean consentCovers(ServiceUser person, ReferralForm form) {
		return !form.isSharesInformation() || form.getAgencyId() == null || form.getReferredOn() == null
				|| this.consents.validFor(person.getId(), form.getAgencyId(), form.getReferredOn());
	}

	/**
	 * Makes a referral as the form validated it.
	 * @throws IllegalStateException if it shares information without valid consent (the
	 * controller checks {@link #consentCovers} first)
	 */
	@Transactional
	Long make(KeyworkUser user, ServiceUser person, ReferralForm form) {
		if (!this.policy.canEdit(user, person)) {
			throw new AccessDeniedException("May not refer service user " + person.getId());
		}
		if (!consentCovers(person, form)) {
			throw new IllegalStateException("No valid consent to share");
		}
		SharingDecision sharing = form.decision();
		Timestamp now = Timestamp.from(this.clock.instant());
		Long id = this.jdbc.sql("""
				insert into referral (service_user_id, agency_id, service_id, reason, referred_on, shares_information,
				  status, withheld, withheld_reason, withheld_detail, created_at, created_by)
				values (?, ?, ?, ?, ?, ?, 'MADE', ?, ?, ?, ?, ?) returning id
				""")
			.params(person.getId(), form.getAgencyId(), form.getServiceId(), form.getReason().strip(),
					form.getReferredOn(), form.isSharesInformation(), sharing.isWithheld(),
					sharing.getWithheldReason() == null ? null : sharing.getWithheldReason().name(),
					sharing.getWithheldDetail(), now, user.getId())
			.query(Long.class)
			.single();
		for (String area : form.getLifeAreas().stream().distinct().toList()) {
			this.jdbc.sql("insert into referral_life_area (referral_id, life_area_code) values (?, ?)")
				.params(id, area)
				.update();
		}
		this.jdbc.sql("""
				insert into referral_status_change (referral_id, status, changed_on, created_at, created_by)
				values (?, 'MADE', ?, ?, ?)
				""").params(id, form.getReferredOn(), now, user.getId()).update();
		log.info("Referral {} made for service user {} by account {}", id, person.getId(), user.getId());
		return id;
	}

	/**
	 * Checks the referral is the person's.
	 * @throws NotFoundException if not
	 */
	void requireOwn(ServiceUser person, Long referralId) {
		this.jdbc.sql("select id from referral where id = ? and service_user_id = ?")
			.params(referralId, person.getId())
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("Referral", referralId));
	}

	/**
	 * Changes a referral's status (and outcome). False if it changed since the page was
	 * shown: nothing is changed then.
	 * @throws NotFoundException if the referral is not this person's
	 */
	@Transactional
	boolean changeStatus(KeyworkUser user, ServiceUser person, Long referralId, StatusForm form, LocalDate today) {
		if (!this.policy.canEdit(user, person)) {
			throw new AccessDeniedException("May not change referrals of service user " + person.getId());
		}
		requireOwn(person, referralId);
		String outcome = form.getOutcome() == null || form.getOutcome().isBlank() ? null : form.getOutcome().strip();
		int changed = this.jdbc
			.sql("""
					update referral set status = ?, outcome = coalesce(?, outcome), outcome_good = coalesce(?, outcome_good),
					  version = version + 1
					where id = ? and version = ?
					""")
			.params(form.getStatus().name(), outcome, form.getOutcomeGood(), referralId, form.getVersion())
			.update();
		if (changed == 0) {
			return false;
		}
		this.jdbc.sql("""
				insert into referral_status_change (referral_id, status, changed_on, note, created_at, created_by)
				values (?, ?, ?, ?, ?, ?)
				""")
			.params(referralId, form.getStatus().name(), form.getChangedOn() == null ? today : form.getChangedOn(),
					form.getNote() == null || form.getNote().isBlank() ? null : form.getNote().strip(),
					Timestamp.from(this.clock.instant()), user.getId())
			.update();
		log.info("Referral {} of service user {} now {} (account {})", referralId, person.getId(), form.getStatus(),
				user.getId());
		return true;
	}

}
