package org.keywork.housing;

import java.sql.Timestamp;
import java.time.Clock;

import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenancy of an episode of a tenancy form: recorded once, then changed under
 * optimistic locking ({@link StaleEpisodeException}). Who may: staff who may change the
 * person's accommodation history.
 */
@Service
class Tenancies {

	private static final Logger log = LoggerFactory.getLogger(Tenancies.class);

	private final JdbcClient jdbc;

	private final AccommodationHistory history;

	private final Clock clock;

	Tenancies(JdbcClient jdbc, AccommodationHistory history, Clock clock) {
		this.jdbc = jdbc;
		this.history = history;
		this.clock = clock;
	}

	/**
	 * Records or changes the tenancy of the episode.
	 * @param version the version of the tenancy read, or null when there was none
	 * @throws StaleEpisodeException if it was recorded or changed since it was read
	 */
	@Transactional
	void save(KeyworkUser user, ServiceUser person, Long episodeId, Long version, TenancyForm form) {
		if (!this.history.canChange(user, person)) {
			throw new AccessDeniedException("Cannot change the tenancy of " + person.getId());
		}
		Episode episode = this.history.get(user, person, episodeId);
		if (!episode.hasTenancyForm()) {
			throw new NotFoundException("Tenancy", episodeId);
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		if (episode.tenancy() == null && version == null) {
			this.jdbc.sql("""
					insert into tenancy (episode_id, landlord_id, tenancy_type, started_on, rent_amount, rent_frequency,
					  who_pays, automated_payment, created_at, created_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					""")
				.params(episodeId, form.getLandlordId(), form.getType().name(), form.getStartedOn(),
						form.getRentAmount(), form.getRentFrequency().name(), form.getWhoPays().name(),
						form.isAutomatedPayment(), now, user.getId())
				.update();
			log.info("Tenancy recorded on episode {} of service user {} by account {}", episodeId, person.getId(),
					user.getId());
			return;
		}
		if (episode.tenancy() == null || version == null) {
			throw new StaleEpisodeException(episodeId);
		}
		int changed = this.jdbc
			.sql("""
					update tenancy set landlord_id = ?, tenancy_type = ?, started_on = ?, rent_amount = ?, rent_frequency = ?,
					  who_pays = ?, automated_payment = ?, changed_at = ?, changed_by = ?, version = version + 1
					where episode_id = ? and version = ?
					""")
			.params(form.getLandlordId(), form.getType().name(), form.getStartedOn(), form.getRentAmount(),
					form.getRentFrequency().name(), form.getWhoPays().name(), form.isAutomatedPayment(), now,
					user.getId(), episodeId, version)
			.update();
		if (changed == 0) {
			throw new StaleEpisodeException(episodeId);
		}
		log.info("Tenancy of episode {} of service user {} changed by account {}", episodeId, person.getId(),
				user.getId());
	}

}
