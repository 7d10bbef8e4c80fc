package org.keywork.housing;

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

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's accommodation history. Who sees it: staff of the person's team all of it
 * (withheld episodes only those who see withheld items); the person the episodes not
 * withheld; peers none of it (where someone lives is not theirs to know: ADR 013). Staff
 * who may change the record ({@link AccessPolicy#canEdit}) add and change episodes, under
 * optimistic locking ({@link StaleEpisodeException}). Visibility is applied in SQL.
 */
@Service
@Transactional(readOnly = true)
class AccommodationHistory {

	private static final Logger log = LoggerFactory.getLogger(AccommodationHistory.class);

	private static final String COLUMNS = """
			select e.id, e.service_user_id, e.form, e.address, e.started_on, e.ended_on, e.reason_for_leaving,
			  e.withheld, e.withheld_reason, e.withheld_detail, e.version, t.id as tenancy_id, t.landlord_id,
			  l.name as landlord_name, t.tenancy_type, t.started_on as tenancy_started_on, t.rent_amount,
			  t.rent_frequency, t.who_pays, t.automated_payment, t.version as tenancy_version
			from accommodation_episode e
			left join tenancy t on t.episode_id = e.id
			left join landlord l on l.id = t.landlord_id
			""";

	private final JdbcClient jdbc;

	private final AccessPolicy policy;

	private final ServiceUserService people;

	private final Clock clock;

	private final Dates dates;

	private final Batches batches;

	AccommodationHistory(JdbcClient jdbc, AccessPolicy policy, ServiceUserService people, Clock clock, Dates dates,
			Batches batches) {
		this.batches = batches;
		this.jdbc = jdbc;
		this.policy = policy;
		this.people = people;
		this.clock = clock;
		this.dates = dates;
	}

	/** May this account see the person's accommodation history at all? Never a peer. */
	boolean canSee(KeyworkUser user, ServiceUser person) {
		return this.policy.canReadHome(user, person);
	}

	boolean canChange(KeyworkUser user, ServiceUser person) {
		return this.policy.canEdit(user, person);
	}

	boolean seesWithheld(KeyworkUser user, ServiceUser person) {
		return this.policy.seesWithheld(user, person);
	}

	/** The person, if the account may see their history (404 otherwise). */
	ServiceUser readable(KeyworkUser user, Long personId) {
		ServiceUser person = this.people.get(user, personId);
		if (!canSee(user, person)) {
			throw new NotFoundException("Accommodation history", personId);
		}
		return person;
	}

	/** The person, if the account may change their history (404 / 403). */
	ServiceUser changeable(KeyworkUser user, Long personId) {
		ServiceUser person = this.people.get(user, personId);
		check(user, person);
		return person;
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.dates.zone()));
	}

	/** Every episode the account may see, the latest start first (one query). */
	List<Episode> history(KeyworkUser user, ServiceUser person) {
		return history(user, person, this.batches.start()).get();
	}

	/** {@link #history(KeyworkUser, ServiceUser)}, read with the rest of the batch. */
	Later<List<Episode>> history(KeyworkUser user, ServiceUser person, Batch batch) {
		if (!canSee(user, person)) {
			return Later.of(List.of());
		}
		LocalDate today = today();
		return batch.sql(COLUMNS + """
				where e.service_user_id = :person and (cast(:withheldToo as boolean) or not e.withheld)
				order by e.ended_on desc nulls first, e.started_on desc, e.id desc
				""")
			.param("person", person.getId())
			.param("withheldToo", seesWithheld(user, person))
			.query((rs, i) -> row(rs, today));
	}

	/** One episode the account may see (404 otherwise). */
	Episode get(KeyworkUser user, ServiceUser person, Long episodeId) {
		if (!canSee(user, person)) {
			throw new NotFoundException("Accommodation episode", episodeId);
		}
		return this.jdbc.sql(COLUMNS + """
				where e.id = :id and e.service_user_id = :person and (cast(:withheldToo as boolean) or not e.withheld)
				""")
			.param("id", episodeId)
			.param("person", person.getId())
			.param("withheldToo", seesWithheld(user, person))
			.query((rs, i) -> row(rs, today()))
			.optional()
			.orElseThrow(() -> new NotFoundException("Accommodation episode", episodeId));
	}

	@Transactional
	Long add(KeyworkUser user, ServiceUser person, Details details) {
		check(user, person);
		Long id = this.jdbc.sql("""
				insert into accommodation_episode (service_user_id, form, address, started_on, ended_on,
				  reason_for_leaving, withheld, withheld_reason, withheld_detail, created_at, created_by)
				values (:person, :form, :address, :started, :ended, :reason, :withheld, :withheldReason,
				  :withheldDetail, :now, :by)
				returning id
				""")
			.param("person", person.getId())
			.params(params(details))
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", user.getId())
			.query(Long.class)
			.single();
		log.info("Accommodation episode {} added for service user {} by account {}", id, person.getId(), user.getId());
		return id;
	}

	/**
	 * Changes an episode.
	 * @throws StaleEpisodeException if it changed since {@code version} was read
	 */
	@Transactional
	void change(KeyworkUser user, ServiceUser person, Long episodeId, long version, Details details) {
		check(user, person);
		int changed = this.jdbc.sql("""
				update accommodation_episode set form = :form, address = :address, started_on = :started,
				  ended_on = :ended, reason_for_leaving = :reason, withheld = :withheld,
				  withheld_reason = :withheldReason, withheld_detail = :withheldDetail, changed_at = :now,
				  changed_by = :by, version = version + 1
				where id = :id and service_user_id = :person and version = :version
				""")
			.params(params(details))
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", user.getId())
			.param("id", episodeId)
			.param("person", person.getId())
			.param("version", version)
			.update();
		if (changed == 0) {
			get(user, person, episodeId);
			throw new StaleEpisodeException(episodeId);
		}
		log.info("Accommodation episode {} of service user {} changed by account {}", episodeId, person.getId(),
				user.getId());
	}

	private void check(KeyworkUser user, ServiceUser person) {
		if (!canChange(user, person)) {
			throw new AccessDeniedException("Cannot change the accommodation history of " + person.getId());
		}
	}

	private static Map<String, Object> params(Details d) {
		Map<String, Object> params = new HashMap<>();
		params.put("form", d.kind().name());
		params.put("address", blankToNull(d.address()));
		params.put("started", d.startedOn());
		params.put("ended", d.endedOn());
		params.put("reason", d.endedOn() == null ? null : blankToNull(d.reasonForLeaving()));
		SharingDecision sharing = d.sharing();
		params.put("withheld", sharing.isWithheld());
		params.put("withheldReason", sharing.getWithheldReason() == null ? null : sharing.getWithheldReason().name());
		params.put("withheldDetail", sharing.getWithheldDetail());
		return params;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static Episode row(ResultSet rs, LocalDate today) throws SQLException {
		SharingDecision sharing = rs.getBoolean("withheld") ? SharingDecision
			.withheld(WithholdReason.valueOf(rs.getString("withheld_reason")), rs.getString("withheld_detail"))
				: SharingDecision.shared();
		AccommodationKind kind = AccommodationKind.valueOf(rs.getString("form"));
		// an episode changed to a form with no tenancy keeps its tenancy row (changed
		// back,
		// it returns) but shows none
		return new Episode(rs.getLong("id"), rs.getLong("service_user_id"), kind, rs.getString("address"),
				rs.getObject("started_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class),
				rs.getString("reason_for_leaving"), sharing, rs.getLong("version"),
				Tenancy.hasTenancy(kind) ? tenancy(rs, today) : null);
	}

	private static Tenancy tenancy(ResultSet rs, LocalDate today) throws SQLException {
		long id = rs.getLong("tenancy_id");
		if (rs.wasNull()) {
			return null;
		}
		LocalDate started = rs.getObject("tenancy_started_on", LocalDate.class);
		LocalDate ended = rs.getObject("ended_on", LocalDate.class);
		return new Tenancy(id, rs.getLong("landlord_id"), rs.getString("landlord_name"),
				TenancyTerms.Type.valueOf(rs.getString("tenancy_type")), started, rs.getBigDecimal("rent_amount"),
				TenancyTerms.Frequency.valueOf(rs.getString("rent_frequency")),
				TenancyTerms.WhoPays.valueOf(rs.getString("who_pays")), rs.getBoolean("automated_payment"),
				rs.getLong("tenancy_version"), Sustained.of(6, started, ended, today),
				Sustained.of(12, started, ended, today));
	}

	/** What staff enter about an episode. */
	record Details(AccommodationKind kind, String address, LocalDate startedOn, LocalDate endedOn,
			String reasonForLeaving, SharingDecision sharing) {
	}

}
