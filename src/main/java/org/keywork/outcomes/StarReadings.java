package org.keywork.outcomes;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

import org.springframework.security.access.AccessDeniedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's star readings: reading them as the visibility rule allows (ADR 012: staff of
 * the team see withheld readings, the person and a peer with Overview scope only shared
 * ones, applied in SQL), recording them, correcting them (on the day they were recorded,
 * the recorder corrects in place; afterwards a correction keeps the earlier version) and
 * the person adding their own view. The person is always loaded through
 * {@link ServiceUserService#get}; a reading the account may not see is answered like one
 * that does not exist.
 */
@Service
@Transactional(readOnly = true)
public class StarReadings {

	private static final Logger log = LoggerFactory.getLogger(StarReadings.class);

	private static final String READING_COLUMNS = """
			r.id, r.service_user_id, r.measure_id, r.taken_on, r.revision, r.withheld, r.withheld_reason,
			r.withheld_detail, r.recorded_at, r.recorded_by, r.corrected_at, r.correction_reason, r.own_view_at,
			r.version""";

	private final JdbcClient jdbc;

	private final ServiceUserService people;

	private final AccessPolicy policy;

	private final Measures measures;

	private final Clock clock;

	private final ZoneId zone;

	private final Batches batches;

	StarReadings(JdbcClient jdbc, ServiceUserService people, AccessPolicy policy, Measures measures, Clock clock,
			Dates dates, Batches batches) {
		this.batches = batches;
		this.jdbc = jdbc;
		this.people = people;
		this.policy = policy;
		this.measures = measures;
		this.clock = clock;
		this.zone = dates.zone();
	}

	/** The person, if this account may see their outcome measures; else 404. */
	public ServiceUser person(KeyworkUser user, Long id) {
		ServiceUser person = this.people.get(user, id);
		if (!this.policy.canReadOutcomes(user, person)) {
			throw new NotFoundException("Outcomes of service user", id);
		}
		return person;
	}

	/**
	 * The person, if this account may record their readings: 404 out of reach, else 403.
	 */
	ServiceUser personForRecording(KeyworkUser user, Long id) {
		ServiceUser person = person(user, id);
		if (!this.policy.canRecordOutcomes(user, person)) {
			throw new AccessDeniedException("Cannot record outcomes for " + id);
		}
		return person;
	}

	boolean canRecord(KeyworkUser user, ServiceUser person) {
		return this.policy.canRecordOutcomes(user, person);
	}

	boolean isThePerson(KeyworkUser user, ServiceUser person) {
		return this.policy.isThePerson(user, person);
	}

	boolean seesWithheld(KeyworkUser user, ServiceUser person) {
		return this.policy.seesWithheld(user, person);
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.zone));
	}

	/**
	 * Every reading of the person this account may see, of every measure, oldest first:
	 * two queries.
	 */
	public List<Reading> readings(KeyworkUser user, ServiceUser person) {
		return readings(user, person, this.batches.start()).get();
	}

	/**
	 * {@link #readings(KeyworkUser, ServiceUser)}, its queries registered in
	 * {@code batch}.
	 */
	Later<List<Reading>> readings(KeyworkUser user, ServiceUser person, Batch batch) {
		if (!this.policy.canReadOutcomes(user, person)) {
			return Later.of(List.of());
		}
		boolean withheldToo = this.policy.seesWithheld(user, person);
		Later<List<Map.Entry<Long, Reading.Score>>> scores = batch.sql("""
				select s.reading_id, s.area_id, s.score, s.own_score, s.note
				from star_score s join star_reading r on r.id = s.reading_id
				where r.service_user_id = :person and (:withheldToo or not r.withheld)
				""")
			.param("person", person.getId())
			.param("withheldToo", withheldToo)
			.query((rs, i) -> Map.entry(rs.getLong("reading_id"), new Reading.Score(rs.getLong("area_id"),
					rs.getInt("score"), rs.getObject("own_score", Integer.class), rs.getString("note"))));
		Later<List<Reading>> readings = batch.sql("select " + READING_COLUMNS + """
				 from star_reading r
				where r.service_user_id = :person and (:withheldToo or not r.withheld)
				order by r.taken_on, r.id
				""")
			.param("person", person.getId())
			.param("withheldToo", withheldToo)
			.query((rs, i) -> reading(rs, Map.of()));
		return readings.map(found -> {
			Map<Long, Map<Long, Reading.Score>> byReading = new HashMap<>();
			scores.get()
				.forEach(score -> byReading.computeIfAbsent(score.getKey(), id -> new HashMap<>())
					.put(score.getValue().areaId(), score.getValue()));
			return found.stream().map(r -> r.withScores(byReading.getOrDefault(r.id(), Map.of()))).toList();
		});
	}

	/** One reading, if this account may see it; else 404. */
	Reading reading(KeyworkUser user, ServiceUser person, Long readingId) {
		return readings(user, person).stream()
			.filter(reading -> reading.id().equals(readingId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Star reading", readingId));
	}

	/**
	 * The star page of one measure: the measure asked for (or the one read most lately,
	 * or the default), its readings, and the two compared: {@code fromId} and
	 * {@code toId} (readings of the person of that measure, else 404), or the first and
	 * the latest.
	 */
	StarView view(KeyworkUser user, ServiceUser person, Long measureId, Long fromId, Long toId) {
		// the readings and the measures, in one statement
		Batch batch = this.batches.start();
		Later<List<Reading>> readings = readings(user, person, batch);
		Later<List<Measure>> measures = this.measures.all(batch);
		List<Reading> all = readings.get();
		List<Measure> allMeasures = measures.get();
		Measure measure;
		if (measureId != null) {
			measure = allMeasures.stream()
				.filter(m -> m.id().equals(measureId))
				.findFirst()
				.orElseThrow(() -> new NotFoundException("Measure", measureId));
		}
		else {
			Long latestMeasure = all.isEmpty() ? null : all.get(all.size() - 1).measureId();
			measure = allMeasures.stream()
				.filter(m -> latestMeasure == null ? m.isDefault() : m.id().equals(latestMeasure))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No default measure"));
		}
		List<Reading> ofMeasure = all.stream().filter(r -> r.measureId().equals(measure.id())).toList();
		Reading from = fromId == null ? (ofMeasure.isEmpty() ? null : ofMeasure.get(0)) : find(ofMeasure, fromId);
		Reading to = toId == null ? (ofMeasure.isEmpty() ? null : ofMeasure.get(ofMeasure.size() - 1))
				: find(ofMeasure, toId);
		if (from != null && to != null && (from.takenOn().isAfter(to.takenOn())
				|| (from.takenOn().equals(to.takenOn()) && from.id() > to.id()))) {
			Reading swap = from;
			from = to;
			to = swap;
		}
		List<Long> read = all.stream().map(Reading::measureId).distinct().toList();
		List<Measure> shown = allMeasures.stream().filter(m -> m.isDefault() || read.contains(m.id())).toList();
		return StarView.of(measure, shown, ofMeasure, from, to);
	}

	private static Reading find(List<Reading> readings, Long id) {
		return readings.stream()
			.filter(reading -> reading.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Star reading", id));
	}

	/** Earlier versions of a reading, newest first: for staff of the team only. */
	List<ReadingVersion> versions(KeyworkUser user, ServiceUser person, Reading reading) {
		if (!this.policy.seesWithheld(user, person)) {
			return List.of();
		}
		Map<Integer, Map<Long, Reading.Score>> scores = new HashMap<>();
		this.jdbc.sql("""
				select v.revision, (s->>'area')::bigint as area, (s->>'score')::int as score, (s->>'own')::int as own,
				  s->>'note' as note
				from star_reading_version v, jsonb_array_elements(v.scores) s where v.reading_id = ?
				""").param(reading.id()).query(rs -> {
			scores.computeIfAbsent(rs.getInt("revision"), r -> new HashMap<>())
				.put(rs.getLong("area"), new Reading.Score(rs.getLong("area"), rs.getInt("score"),
						(Integer) rs.getObject("own"), rs.getString("note")));
		});
		return this.jdbc.sql("""
				select v.revision, v.taken_on, v.withheld, v.recorded_at, v.recorded_by
				from star_reading_version v where v.reading_id = ? order by v.revision desc
				""")
			.param(reading.id())
			.query((rs, i) -> new ReadingVersion(rs.getInt("revision"), rs.getObject("taken_on", LocalDate.class),
					rs.getBoolean("withheld"), rs.getTimestamp("recorded_at").toInstant(), rs.getLong("recorded_by"),
					scores.getOrDefault(rs.getInt("revision"), Map.of())))
			.list();
	}

	/** Whether this account may name the staff member (ADR 008). */
	boolean mayName(KeyworkUser user, ServiceUser person, Long accountId) {
		return accountId != null && this.policy.mayName(user, person, accountId);
	}

	String accountName(Long accountId) {
		return this.jdbc.sql("select display_name from account where id = ?")
			.param(accountId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/** Records a new reading as the form validated it. */
	@Transactional
	Long record(KeyworkUser user, ServiceUser person, Measure measure, ReadingForm form) {
		personForRecording(user, person.getId());
		if (!measure.active()) {
			throw new NotFoundException("Measure", measure.id());
		}
		SharingDecision sharing = form.decision();
		Long id = this.jdbc.sql("""
				insert into star_reading (service_user_id, measure_id, taken_on, withheld, withheld_reason,
				  withheld_detail, recorded_at, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id
				""")
			.params(person.getId(), measure.id(), form.getTakenOn(), sharing.isWithheld(), reason(sharing),
					sharing.getWithheldDetail(), Timestamp.from(this.clock.instant()), user.getId())
			.query(Long.class)
			.single();
		insertScores(id, form.scores());
		log.info("Star reading {} recorded for service user {} by account {}", id, person.getId(), user.getId());
		return id;
	}

	/**
	 * Whether a correction now changes the reading in place: only by the staff member who
	 * recorded it, on the day they recorded it. Any other correction is a new version.
	 */
	boolean correctsInPlace(KeyworkUser user, Reading reading) {
		return user.getId().equals(reading.recordedBy())
				&& reading.recordedAt().atZone(this.zone).toLocalDate().equals(today());
	}

	/**
	 * Corrects a reading: in place on the day it was recorded by its recorder, else as a
	 * new version keeping the earlier one.
	 * @throws StaleReadingException if it changed since the form was opened
	 */
	@Transactional
	void correct(KeyworkUser user, ServiceUser person, Long readingId, ReadingForm form) {
		personForRecording(user, person.getId());
		Reading current = reading(user, person, readingId);
		if (!Objects.equals(form.getVersion(), current.version())) {
			throw new StaleReadingException(current);
		}
		SharingDecision sharing = form.decision();
		Instant now = this.clock.instant();
		boolean inPlace = correctsInPlace(user, current);
		if (!inPlace) {
			this.jdbc.sql("""
					insert into star_reading_version (reading_id, revision, taken_on, scores, withheld, withheld_reason,
					  withheld_detail, recorded_at, recorded_by)
					select r.id, r.revision, r.taken_on,
					  (select coalesce(jsonb_agg(jsonb_build_object('area', s.area_id, 'score', s.score,
					     'own', s.own_score, 'note', s.note) order by s.area_id), '[]'::jsonb)
					   from star_score s where s.reading_id = r.id),
					  r.withheld, r.withheld_reason, r.withheld_detail, coalesce(r.corrected_at, r.recorded_at),
					  coalesce(r.corrected_by, r.recorded_by)
					from star_reading r where r.id = ?
					""").param(current.id()).update();
		}
		int updated = this.jdbc.sql("""
				update star_reading set taken_on = ?, withheld = ?, withheld_reason = ?, withheld_detail = ?,
				  revision = revision + ?, corrected_at = ?, corrected_by = ?, correction_reason = ?,
				  version = version + 1
				where id = ? and version = ?
				""")
			.params(form.getTakenOn(), sharing.isWithheld(), reason(sharing), sharing.getWithheldDetail(),
					inPlace ? 0 : 1, inPlace ? null : Timestamp.from(now), inPlace ? null : user.getId(),
					inPlace ? null : form.getCorrectionReason().strip(), current.id(), current.version())
			.update();
		if (updated == 0) {
			throw new StaleReadingException(current);
		}
		this.jdbc.sql("delete from star_score where reading_id = ?").param(current.id()).update();
		insertScores(current.id(), form.scores());
		log.info("Star reading {} corrected ({}) by account {}", readingId, inPlace ? "same day" : "new version",
				user.getId());
	}

	/**
	 * The person adds their own view to a reading shared with them: their own score for
	 * each area where they see it differently (null: they agree).
	 * @throws StaleReadingException if it changed since the form was opened
	 */
	@Transactional
	public void addOwnView(KeyworkUser user, ServiceUser person, Long readingId, long version,
			Map<Long, Integer> ownScores) {
		if (!this.policy.isThePerson(user, person)) {
			throw new AccessDeniedException("Only the person adds their own view");
		}
		Reading current = reading(user, person, readingId);
		if (current.version() != version) {
			throw new StaleReadingException(current);
		}
		int updated = this.jdbc
			.sql("update star_reading set own_view_at = ?, version = version + 1 where id = ? and version = ?")
			.params(Timestamp.from(this.clock.instant()), readingId, version)
			.update();
		if (updated == 0) {
			throw new StaleReadingException(current);
		}
		ownScores.forEach(
				(area, own) -> this.jdbc.sql("update star_score set own_score = ? where reading_id = ? and area_id = ?")
					.params(own, readingId, area)
					.update());
		log.info("Own view added to star reading {} by account {}", readingId, user.getId());
	}

	private void insertScores(Long readingId, List<Reading.Score> scores) {
		for (Reading.Score score : scores) {
			this.jdbc.sql("insert into star_score (reading_id, area_id, score, own_score, note) values (?, ?, ?, ?, ?)")
				.params(readingId, score.areaId(), score.score(), score.ownScore(), score.note())
				.update();
		}
	}

	private static String reason(SharingDecision sharing) {
		return sharing.getWithheldReason() == null ? null : sharing.getWithheldReason().name();
	}

	private static Reading reading(java.sql.ResultSet rs, Map<Long, Reading.Score> scores)
			throws java.sql.SQLException {
		String reason = rs.getString("withheld_reason");
		Timestamp corrected = rs.getTimestamp("corrected_at");
		Timestamp ownView = rs.getTimestamp("own_view_at");
		return new Reading(rs.getLong("id"), rs.getLong("service_user_id"), rs.getLong("measure_id"),
				rs.getObject("taken_on", LocalDate.class), rs.getInt("revision"), rs.getBoolean("withheld"),
				reason == null ? null : WithholdReason.valueOf(reason), rs.getString("withheld_detail"),
				rs.getTimestamp("recorded_at").toInstant(), rs.getLong("recorded_by"),
				corrected == null ? null : corrected.toInstant(), rs.getString("correction_reason"),
				ownView == null ? null : ownView.toInstant(), rs.getLong("version"), scores);
	}

	/** An earlier version of a reading, as it was. */
	record ReadingVersion(int revision, LocalDate takenOn, boolean withheld, Instant recordedAt, Long recordedBy,
			Map<Long, Reading.Score> scores) {

		public Integer score(Long areaId) {
			Reading.Score score = this.scores.get(areaId);
			return score == null ? null : score.score();
		}

	}

}
