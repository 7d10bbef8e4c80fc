package org.keywork.support;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.keywork.database.Batch;
import org.keywork.database.Later;
import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's achievements log, for the person themselves (in the portal). Achievements
 * have no withholding: every entry is the person's. Callers pass a person loaded through
 * {@code ServiceUserService#get}, so the access policy has already decided that the
 * account may see them; adding one is for the person themselves only.
 */
@Service
@Transactional(readOnly = true)
public class Achievements {

	private static final Logger log = LoggerFactory.getLogger(Achievements.class);

	private final AchievementRepository achievements;

	private final Clock clock;

	private final AccessPolicy policy;

	Achievements(AchievementRepository achievements, Clock clock, AccessPolicy policy) {
		this.achievements = achievements;
		this.clock = clock;
		this.policy = policy;
	}

	/**
	 * The newest {@code limit} achievements of the person, newest first, in one query.
	 */
	public List<Achievement> latest(ServiceUser person, int limit) {
		return this.achievements.findByServiceUserIdOrderByAchievedOnDescIdDesc(person.getId(),
				PageRequest.of(0, limit));
	}

	/** {@link #latest(ServiceUser, int)} registered in a batch. */
	public Later<List<Achievement>> latest(ServiceUser person, int limit, Batch batch) {
		return batch.sql("""
				select id, service_user_id, achieved_on, description, strengths, created_at, created_by
				from achievement where service_user_id = ?
				order by achieved_on desc, id desc limit ?
				""").params(person.getId(), limit).query(Achievement::fromRow);
	}

	/**
	 * Staff who may change the person's records add one for them (from the Action Plan).
	 * @throws AccessDeniedException unless the account may change the person's records
	 */
	@Transactional
	Achievement add(KeyworkUser user, ServiceUser person, AchievementForm form) {
		if (!this.policy.canEdit(user, person)) {
			throw new AccessDeniedException("Read-only access to the records of service user " + person.getId());
		}
		return save(user, person, form.getAchievedOn(), form.getDescription(), form.getStrengths());
	}

	/**
	 * The person adds one of their own.
	 * @throws AccessDeniedException unless {@code user} is the person's own portal
	 * account
	 */
	@Transactional
	public Achievement addOwn(KeyworkUser user, ServiceUser person, LocalDate achievedOn, String description,
			String strengths) {
		if (user.getServiceUserId() == null || !user.getServiceUserId().equals(person.getId())) {
			throw new AccessDeniedException("Only the person adds to their own achievements log here");
		}
		return save(user, person, achievedOn, description, strengths);
	}

	private Achievement save(KeyworkUser user, ServiceUser person, LocalDate achievedOn, String description,
			String strengths) {
		Achievement saved = this.achievements.save(new Achievement(person.getId(), achievedOn, description.trim(),
				strengths == null || strengths.isBlank() ? null : strengths.trim(), this.clock.instant(),
				user.getId()));
		log.info("Achievement {} added for service user {} by account {}", saved.getId(), person.getId(), user.getId());
		return saved;
	}

}
