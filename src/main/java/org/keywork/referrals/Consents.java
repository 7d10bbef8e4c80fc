package org.keywork.referrals;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.keywork.database.Batch;
import org.keywork.database.Batches;
import org.keywork.database.Later;
import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.web.Dates;
import org.keywork.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's consents to share. Staff who may change the person's record read, record and
 * withdraw them; the person reads their own and withdraws one in the portal. A consent is
 * the person's own: never withheld from them, never shown to a peer. Callers pass a
 * person loaded through {@code ServiceUserService#get}.
 */
@Service
@Transactional(readOnly = true)
public class Consents {

	private static final Logger log = LoggerFactory.getLogger(Consents.class);

	private static final String SELECT = """
			select c.id, c.service_user_id, c.agency_id, a.name as agency_name, c.other_party, c.what, c.record_kinds,
			  c.given_on, c.expires_on, c.given_how, c.withdrawn_on, c.version
			from share_consent c left join agency a on a.id = c.agency_id
			""";

	private final JdbcClient jdbc;

	private final AccessPolicy policy;

	private final Clock clock;

	private final Dates dates;

	private final Batches batches;

	Consents(JdbcClient jdbc, AccessPolicy policy, Clock clock, Dates dates, Batches batches) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.policy = policy;
		this.clock = clock;
		this.dates = dates;
	}

	/**
	 * The person's consents, newest first.
	 * @throws NotFoundException unless the account is staff who may change the record, or
	 * the person
	 */
	public List<Consent> of(KeyworkUser user, ServiceUser person) {
		return of(user, person, this.batches.start()).get();
	}

	/**
	 * The person's consents, newest first, read with the rest of the batch.
	 * @throws NotFoundException unless the account is staff who may change the record, or
	 * the person
	 */
	public Later<List<Consent>> of(KeyworkUser user, ServiceUser person, Batch batch) {
		if (!this.policy.canEdit(user, person) && !this.policy.isThePerson(user, person)) {
			throw new NotFoundException("Consents", person.getId());
		}
		return batch.sql(SELECT + " where c.service_user_id = ? order by c.given_on desc, c.id desc")
			.param(person.getId())
			.query((rs, i) -> map(rs));
	}

	/** Does the person have consent to share with this agency on this day? */
	public boolean validFor(Long personId, Long agencyId, LocalDate day) {
		return this.jdbc.sql("""
				select count(*) from share_consent
				where service_user_id = :person and agency_id = :agency and given_on <= :day
				  and (expires_on is null or expires_on > :day) and (withdrawn_on is null or withdrawn_on > :day)
				""")
			.param("person", personId)
			.param("agency", agencyId)
			.param("day", day)
			.query(Long.class)
			.single() > 0;
	}

	LocalDate today() {
		return this.dates.today();
	}

	/** Records a consent as staff took it. */
	@Transactional
	Long record(KeyworkUser user, ServiceUser person, ConsentForm form) {
		if (!this.policy.canEdit(user, person)) {
			throw new AccessDeniedException("May not record consent for service user " + person.getId());
		}
		Long id = this.jdbc.sql("""
				insert into share_consent (service_user_id, agency_id, other_party, what, record_kinds, given_on,
				  expires_on, given_how, created_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
				""")
			.params(person.getId(), form.getAgencyId(), form.otherPartyOrNull(), form.getWhat().strip(),
					form.getRecordKinds().stream().distinct().map(Enum::name).collect(Collectors.joining(",")),
					form.getGivenOn(), form.getExpiresOn(), form.getGivenHow().name(),
					Timestamp.from(this.clock.instant()), user.getId())
			.query(Long.class)
			.single();
		log.info("Consent {} recorded for service user {} by account {}", id, person.getId(), user.getId());
		return id;
	}

	/**
	 * Withdraws a consent from today, by staff or by the person. False if it had changed
	 * since the page was shown (or was withdrawn already): nothing is changed then.
	 * @throws NotFoundException if the consent is not this person's
	 */
	@Transactional
	boolean withdraw(KeyworkUser user, ServiceUser person, Long consentId, int version) {
		if (!this.policy.canEdit(user, person) && !this.policy.isThePerson(user, person)) {
			throw new AccessDeniedException("May not withdraw consent for service user " + person.getId());
		}
		this.jdbc.sql("select id from share_consent where id = ? and service_user_id = ?")
			.params(consentId, person.getId())
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("Consent", consentId));
		int changed = this.jdbc.sql("""
				update share_consent set withdrawn_on = ?, withdrawn_by = ?, version = version + 1
				where id = ? and version = ? and withdrawn_on is null
				""").params(today(), user.getId(), consentId, version).update();
		if (changed > 0) {
			log.info("Consent {} of service user {} withdrawn by account {}", consentId, person.getId(), user.getId());
		}
		return changed > 0;
	}

	static Consent map(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Consent(rs.getLong("id"), rs.getLong("service_user_id"), rs.getObject("agency_id", Long.class),
				rs.getString("agency_name"), rs.getString("other_party"), rs.getString("what"),
				Consent.kinds(rs.getString("record_kinds")), rs.getObject("given_on", LocalDate.class),
				rs.getObject("expires_on", LocalDate.class), ConsentGiven.valueOf(rs.getString("given_how")),
				rs.getObject("withdrawn_on", LocalDate.class), rs.getInt("version"));
	}

}
