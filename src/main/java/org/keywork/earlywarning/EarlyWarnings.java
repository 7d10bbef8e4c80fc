package org.keywork.earlywarning;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.keywork.database.Batch;
import org.keywork.database.Batches;
import org.keywork.database.Later;
import org.keywork.housing.EarlyWarningSignal;
import org.keywork.housing.EarlyWarningSignal.Signal;
import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;
import org.keywork.security.Role;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.serviceusers.ServiceUserService;
import org.keywork.support.StepOwner;
import org.keywork.support.SupportRecordChanges;
import org.keywork.web.Dates;
import org.keywork.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The early warning: the signals every {@link EarlyWarningSignal} raises for a person,
 * and the team's checklist for the episode of risk. Only staff who may change the
 * person's records see or work it (ADR 015): everyone else, the person and peers
 * included, gets 404. An episode opens when the first step is recorded while the person
 * is flagged, and is closed by a worker with a note when the risk has passed; a step's
 * progress is saved under optimistic locking ({@link StaleWarningException}).
 */
@Service
@Transactional(readOnly = true)
class EarlyWarnings {

	private static final Logger log = LoggerFactory.getLogger(EarlyWarnings.class);

	/** The Action Plan goal the checklist's steps are added under, in the money area. */
	static final String ACTION_AREA = "ACCOMMODATION";

	private final JdbcClient jdbc;

	private final Batches batches;

	private final AccessPolicy policy;

	private final ServiceUserService people;

	private final List<EarlyWarningSignal> sources;

	private final SupportRecordChanges plans;

	private final Clock clock;

	private final Dates dates;

	private final MessageSource messages;

	EarlyWarnings(JdbcClient jdbc, Batches batches, AccessPolicy policy, ServiceUserService people,
			List<EarlyWarningSignal> sources, SupportRecordChanges plans, Clock clock, Dates dates,
			MessageSource messages) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.policy = policy;
		this.people = people;
		this.sources = sources;
		this.plans = plans;
		this.clock = clock;
		this.dates = dates;
		this.messages = messages;
	}

	/** Staff who may change the person's records; never a peer or the person. */
	boolean mayWork(KeyworkUser user, ServiceUser person) {
		return !user.hasRole(Role.PEER) && !user.hasRole(Role.SERVICE_USER) && this.policy.canEdit(user, person);
	}

	/** The person, if the account may work their early warning (404 otherwise). */
	ServiceUser workable(KeyworkUser user, Long personId) {
		ServiceUser person = this.people.get(user, personId);
		if (!mayWork(user, person)) {
			throw new NotFoundException("Early warning", personId);
		}
		return person;
	}

	LocalDate today() {
		return this.dates.today();
	}

	/**
	 * The signals raised now for each of these people, earliest first: every source's
	 * queries, whatever the number of people, sent together.
	 */
	Map<Long, List<Signal>> signals(Collection<Long> personIds, LocalDate today) {
		return signals(personIds, today, this.batches.start()).get();
	}

	/**
	 * {@link #signals(Collection, LocalDate)}, every source's queries registered in
	 * {@code batch}.
	 */
	Later<Map<Long, List<Signal>>> signals(Collection<Long> personIds, LocalDate today, Batch batch) {
		if (personIds.isEmpty()) {
			return Later.of(new HashMap<>());
		}
		List<Later<Map<Long, List<Signal>>>> asked = new ArrayList<>();
		for (EarlyWarningSignal source : this.sources) {
			asked.add(source.signals(personIds, today, batch));
		}
		return Later.from(() -> {
			Map<Long, List<Signal>> all = new HashMap<>();
			for (Later<Map<Long, List<Signal>>> source : asked) {
				source.get()
					.forEach((person, signals) -> all.computeIfAbsent(person, id -> new ArrayList<>()).addAll(signals));
			}
			all.values().forEach(list -> list.sort(Comparator.comparing(Signal::since)));
			return all;
		});
	}

	/**
	 * Steps done in the open episode of each of these people who has one (one query,
	 * registered in {@code batch}).
	 */
	Later<Map<Long, Long>> progress(Collection<Long> personIds, Batch batch) {
		if (personIds.isEmpty()) {
			return Later.of(new HashMap<>());
		}
		return batch.sql("""
				select w.service_user_id, count(s.id) filter (where s.done) as done
				from early_warning w left join early_warning_step s on s.warning_id = w.id
				where w.service_user_id = any(:ids) and w.closed_at is null
				group by w.service_user_id
				""")
			.param("ids", personIds.toArray(Long[]::new))
			.query((rs, n) -> Map.entry(rs.getLong("service_user_id"), rs.getLong("done")))
			.map(rows -> {
				Map<Long, Long> done = new HashMap<>();
				rows.forEach(row -> done.put(row.getKey(), row.getValue()));
				return done;
			});
	}

	/** The person's early warning now: signals, the open episode and its checklist. */
	Warning warning(KeyworkUser user, ServiceUser person) {
		if (!mayWork(user, person)) {
			throw new NotFoundException("Early warning", person.getId());
		}
		LocalDate today = today();
		Batch batch = this.batches.start();
		Later<Map<Long, List<Signal>>> raised = signals(List.of(person.getId()), today, batch);
		Map<ChecklistStep, Warning.Step> steps = new EnumMap<>(ChecklistStep.class);
		for (ChecklistStep step : ChecklistStep.values()) {
			steps.put(step, Warning.Step.notStarted(step));
		}
		Long[] episode = new Long[1];
		Instant[] opened = new Instant[1];
		long[] version = new long[1];
		Later<List<ChecklistStep>> read = batch.sql("""
				select w.id, w.opened_at, w.version as warning_version, s.step, s.done, s.done_on, s.who, s.note,
				  s.action_step_id, s.recorded_at, a.display_name, s.version
				from early_warning w
				join early_warning_step s on s.warning_id = w.id
				left join account a on a.id = s.recorded_by
				where w.service_user_id = :person and w.closed_at is null
				""").param("person", person.getId()).query((rs, n) -> {
			episode[0] = rs.getLong("id");
			opened[0] = rs.getTimestamp("opened_at").toInstant();
			version[0] = rs.getLong("warning_version");
			ChecklistStep step = ChecklistStep.valueOf(rs.getString("step"));
			Timestamp at = rs.getTimestamp("recorded_at");
			steps.put(step,
					new Warning.Step(step, rs.getBoolean("done"), rs.getObject("done_on", LocalDate.class),
							rs.getString("who"), rs.getString("note"), rs.getString("action_step_id"),
							rs.getString("display_name"), at == null ? null : at.toInstant(), rs.getLong("version")));
			return step;
		});
		List<Signal> signals = raised.get().getOrDefault(person.getId(), List.of());
		read.get();
		return new Warning(person.getId(), signals, episode[0], opened[0], version[0], new ArrayList<>(steps.values()));
	}

	/**
	 * Records progress on one step of the checklist, opening the episode when none is
	 * open (only while the person is flagged).
	 * @param episodeId the episode the form was read from (null: none was open)
	 * @param version the step's version as read (0 when there was no episode)
	 * @throws StaleWarningException if the step or the episode changed since
	 */
	@Transactional
	void recordStep(KeyworkUser user, ServiceUser person, ChecklistStep step, Long episodeId, long version,
			Progress progress) {
		long episode = episodeFor(user, person, episodeId);
		int changed = this.jdbc.sql("""
				update early_warning_step set done = :done, done_on = :doneOn, who = :who, note = :note,
				  recorded_at = :now, recorded_by = :by, version = version + 1
				where warning_id = :episode and step = :step and version = :version
				""")
			.param("done", progress.done())
			.param("doneOn", progress.done() ? progress.doneOn() : null)
			.param("who", blankToNull(progress.who()))
			.param("note", blankToNull(progress.note()))
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", user.getId())
			.param("episode", episode)
			.param("step", step.name())
			.param("version", version)
			.update();
		if (changed == 0) {
			throw new StaleWarningException(person.getId());
		}
		log.info("Early warning {} of service user {}: step {} recorded by account {}", episode, person.getId(), step,
				user.getId());
	}

	/**
	 * Adds the step to the person's Action Plan (once) and links it from the checklist.
	 * @throws StaleWarningException if the step changed since it was read
	 */
	@Transactional
	String addToActionPlan(KeyworkUser user, ServiceUser person, ChecklistStep step, Long episodeId, long version) {
		long episode = episodeFor(user, person, episodeId);
		String existing = this.jdbc
			.sql("select action_step_id from early_warning_step where warning_id = ? and step = ? and version = ?")
			.params(episode, step.name(), version)
			.query((rs, i) -> {
				String id = rs.getString(1);
				return id == null ? "" : id;
			})
			.optional()
			.orElseThrow(() -> new StaleWarningException(person.getId()));
		if (!existing.isEmpty()) {
			return existing;
		}
		String actionStep = this.plans.addStep(user, person.getId(), ACTION_AREA, text("earlywarning.action.goal"),
				text("earlywarning.action." + step.name()), StepOwner.KEYWORKER, today().plusDays(7));
		int changed = this.jdbc.sql("""
				update early_warning_step set action_step_id = :action, recorded_at = :now, recorded_by = :by,
				  version = version + 1
				where warning_id = :episode and step = :step and version = :version
				""")
			.param("action", actionStep)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", user.getId())
			.param("episode", episode)
			.param("step", step.name())
			.param("version", version)
			.update();
		if (changed == 0) {
			throw new StaleWarningException(person.getId());
		}
		log.info("Early warning {} of service user {}: step {} added to the Action Plan by account {}", episode,
				person.getId(), step, user.getId());
		return actionStep;
	}

	/**
	 * Closes the open episode: the risk has passed.
	 * @throws StaleWarningException if the episode changed or closed since it was read
	 */
	@Transactional
	void close(KeyworkUser user, ServiceUser person, Long episodeId, long version, String note) {
		if (!mayWork(user, person)) {
			throw new NotFoundException("Early warning", person.getId());
		}
		int changed = this.jdbc.sql("""
				update early_warning set closed_at = :now, closed_by = :by, closed_note = :note, version = version + 1
				where id = :id and service_user_id = :person and closed_at is null and version = :version
				""")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", user.getId())
			.param("note", note.strip())
			.param("id", episodeId)
			.param("person", person.getId())
			.param("version", version)
			.update();
		if (changed == 0) {
			throw new StaleWarningException(person.getId());
		}
		log.info("Early warning {} of service user {} closed by account {}", episodeId, person.getId(), user.getId());
	}

	/**
	 * The open episode the form was read from, or a new one when none was open (and the
	 * person is flagged now).
	 */
	private long episodeFor(KeyworkUser user, ServiceUser person, Long episodeId) {
		if (!mayWork(user, person)) {
			throw new NotFoundException("Early warning", person.getId());
		}
		Long open = openEpisode(person.getId());
		if (episodeId != null) {
			if (!episodeId.equals(open)) {
				throw new StaleWarningException(person.getId());
			}
			return open;
		}
		if (open != null) {
			return open;
		}
		if (signals(List.of(person.getId()), today()).getOrDefault(person.getId(), List.of()).isEmpty()) {
			throw new NotFoundException("Early warning", person.getId());
		}
		Long id = this.jdbc.sql("""
				insert into early_warning (service_user_id, opened_at, opened_by) values (?, ?, ?)
				on conflict (service_user_id) where closed_at is null do nothing
				returning id
				""")
			.params(person.getId(), Timestamp.from(this.clock.instant()), user.getId())
			.query(Long.class)
			.optional()
			.orElse(null);
		if (id == null) {
			return openEpisode(person.getId());
		}
		for (ChecklistStep step : ChecklistStep.values()) {
			this.jdbc.sql("insert into early_warning_step (warning_id, step) values (?, ?)")
				.params(id, step.name())
				.update();
		}
		log.info("Early warning {} opened for service user {} by account {}", id, person.getId(), user.getId());
		return id;
	}

	private Long openEpisode(Long personId) {
		return this.jdbc.sql("select id from early_warning where service_user_id = ? and closed_at is null")
			.param(personId)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** What a worker records about a step. */
	record Progress(boolean done, LocalDate doneOn, String who, String note) {
	}

}
