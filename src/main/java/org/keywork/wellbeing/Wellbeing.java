package org.keywork.wellbeing;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

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

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's wellbeing readings. Callers pass a person loaded through
 * {@code ServiceUserService#get} (so the account may open the record); this service then
 * asks {@link AccessPolicy#canReadOutcomes} (404 otherwise: a peer whose link does not
 * include the Support Overview learns nothing), and leaves withheld readings out in SQL
 * unless the reader {@link AccessPolicy#seesWithheld} (ADR 012).
 */
@Service
@Transactional(readOnly = true)
public class Wellbeing {

	private static final Logger log = LoggerFactory.getLogger(Wellbeing.class);

	private static final String READINGS = """
			select r.id, r.scale_code, r.taken_on, r.completed_by, r.raw_total, r.score, r.withheld,
			  r.withheld_reason, r.withheld_detail, r.created_by, a.display_name
			from wellbeing_reading r join account a on a.id = r.created_by
			where r.service_user_id = :person and (:seesWithheld or not r.withheld)
			order by r.taken_on, r.id
			""";

	private static final String INTERVAL = "select outcome_interval_months from team where id = ?";

	private final JdbcClient jdbc;

	private final Batches batches;

	private final AccessPolicy policy;

	private final Clock clock;

	Wellbeing(JdbcClient jdbc, AccessPolicy policy, Clock clock, Batches batches) {
		this.batches = batches;
		this.jdbc = jdbc;
		this.policy = policy;
		this.clock = clock;
	}

	/** The scale as the organisation holds it: wording and answers, from the database. */
	public ScaleDefinition definition(Scale scale) {
		Map<String, Object> head = this.jdbc.sql("select name, period from wellbeing_scale where code = ?")
			.param(scale.name())
			.query()
			.singleRow();
		List<ScaleDefinition.Statement> statements = this.jdbc.sql("""
				select s.number, ss.position, s.text from wellbeing_scale_statement ss
				join wellbeing_statement s on s.number = ss.statement_number
				where ss.scale_code = ? order by ss.position
				""")
			.param(scale.name())
			.query((rs, i) -> new ScaleDefinition.Statement(rs.getInt("number"), rs.getInt("position"),
					rs.getString("text")))
			.list();
		List<ScaleDefinition.Answer> answers = this.jdbc
			.sql("select value, label from wellbeing_answer_label order by value")
			.query((rs, i) -> new ScaleDefinition.Answer(rs.getInt("value"), rs.getString("label")))
			.list();
		return new ScaleDefinition(scale, (String) head.get("name"), (String) head.get("period"), statements, answers);
	}

	/**
	 * Every reading of the person the account may see, oldest first.
	 * @throws NotFoundException unless the account may see the person's outcome measures
	 */
	public List<Reading> readings(KeyworkUser user, ServiceUser person) {
		if (!this.policy.canReadOutcomes(user, person)) {
			throw new NotFoundException("Wellbeing readings", person.getId());
		}
		boolean seesWithheld = this.policy.seesWithheld(user, person);
		return this.jdbc.sql(READINGS)
			.param("person", person.getId())
			.param("seesWithheld", seesWithheld)
			.query(readingMapper(user, person, seesWithheld))
			.list();
	}

	/**
	 * The person's page: {@link #readings} and {@link #trends} with the team's reading
	 * interval read in the same statement.
	 */
	PersonWellbeing page(KeyworkUser user, ServiceUser person) {
		if (!this.policy.canReadOutcomes(user, person)) {
			throw new NotFoundException("Wellbeing readings", person.getId());
		}
		boolean seesWithheld = this.policy.seesWithheld(user, person);
		Batch batch = this.batches.start();
		Later<List<Reading>> readings = batch.sql(READINGS)
			.param("person", person.getId())
			.param("seesWithheld", seesWithheld)
			.query(readingMapper(user, person, seesWithheld));
		Later<List<Integer>> months = batch.sql(INTERVAL).param(person.getTeamId()).column(Integer.class);
		return new PersonWellbeing(readings.get(), trends(readings.get(), () -> months.get().get(0)));
	}

	/** A person's readings, oldest first, and their trends. */
	record PersonWellbeing(List<Reading> readings, List<ScaleTrend> trends) {
	}

	private RowMapper<Reading> readingMapper(KeyworkUser user, ServiceUser person, boolean seesWithheld) {
		return (rs, i) -> {
			String reason = rs.getString("withheld_reason");
			long recorder = rs.getLong("created_by");
			return new Reading(rs.getLong("id"), Scale.valueOf(rs.getString("scale_code")),
					rs.getObject("taken_on", LocalDate.class), Completer.valueOf(rs.getString("completed_by")),
					rs.getInt("raw_total"), rs.getBigDecimal("score"), rs.getBoolean("withheld"),
					seesWithheld && reason != null ? WithholdReason.valueOf(reason) : null,
					seesWithheld ? rs.getString("withheld_detail") : null,
					this.policy.mayName(user, person, recorder) ? rs.getString("display_name") : null);
		};
	}

	/**
	 * The readings by scale (only scales with a reading), each with its chart and when
	 * the next reading falls due.
	 */
	public List<ScaleTrend> trends(ServiceUser person, List<Reading> readings) {
		return trends(readings, () -> intervalMonths(person));
	}

	private static List<ScaleTrend> trends(List<Reading> readings, IntSupplier intervalMonths) {
		Map<Scale, List<Reading>> byScale = new EnumMap<>(Scale.class);
		readings.forEach(reading -> byScale.computeIfAbsent(reading.scale(), s -> new ArrayList<>()).add(reading));
		int months = byScale.isEmpty() ? 0 : intervalMonths.getAsInt();
		List<ScaleTrend> trends = new ArrayList<>();
		byScale.forEach((scale, list) -> {
			TrendChart chart = TrendChart.of(scale, list);
			trends.add(new ScaleTrend(scale, chart.points().stream().map(p -> find(list, p.readingId())).toList(),
					chart, WellbeingDue.due(chart.last(), months)));
		});
		return trends;
	}

	/** The same readings, newest first (for the table of every reading). */
	static List<Reading> newestFirst(List<Reading> readings) {
		List<Reading> copy = new ArrayList<>(readings);
		java.util.Collections.reverse(copy);
		return copy;
	}

	private static Reading find(List<Reading> readings, long id) {
		return readings.stream().filter(r -> r.id() == id).findFirst().orElseThrow();
	}

	private int intervalMonths(ServiceUser person) {
		return this.jdbc.sql(INTERVAL).param(person.getTeamId()).query(Integer.class).single();
	}

	/**
	 * Records a completed scale: by staff who may record the person's outcomes (with the
	 * person), or by the person themselves in the portal (always shared with them: it is
	 * theirs).
	 * @return the reading as saved
	 * @throws AccessDeniedException unless the account may record it this way
	 * @throws IllegalArgumentException if a statement of the scale has no answer (the
	 * forms ask for every one)
	 */
	@Transactional
	Reading record(KeyworkUser user, ServiceUser person, NewReading reading) {
		boolean allowed = switch (reading.completedBy()) {
			case WORKER -> this.policy.canRecordOutcomes(user, person);
			case PERSON -> this.policy.isThePerson(user, person);
		};
		if (!allowed) {
			throw new AccessDeniedException("May not record a wellbeing reading for service user " + person.getId());
		}
		ScaleDefinition definition = definition(reading.scale());
		List<Integer> answers = definition.statements()
			.stream()
			.map(statement -> reading.answers().get(statement.number()))
			.toList();
		int raw = WellbeingScoring.rawTotal(reading.scale(), answers)
			.orElseThrow(() -> new IllegalArgumentException("Every statement needs an answer"));
		BigDecimal score = WellbeingScoring.score(reading.scale(), raw);
		SharingDecision sharing = reading.completedBy() == Completer.PERSON ? SharingDecision.shared()
				: reading.sharing();
		long id = this.jdbc.sql("""
				insert into wellbeing_reading (service_user_id, scale_code, taken_on, completed_by, raw_total, score,
				  withheld, withheld_reason, withheld_detail, created_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
				""")
			.params(person.getId(), reading.scale().name(), reading.takenOn(), reading.completedBy().name(), raw, score,
					sharing.isWithheld(),
					sharing.getWithheldReason() == null ? null : sharing.getWithheldReason().name(),
					sharing.getWithheldDetail(), Timestamp.from(this.clock.instant()), user.getId())
			.query(Long.class)
			.single();
		for (ScaleDefinition.Statement statement : definition.statements()) {
			this.jdbc.sql("insert into wellbeing_answer (reading_id, statement_number, answer) values (?, ?, ?)")
				.params(id, statement.number(), reading.answers().get(statement.number()))
				.update();
		}
		log.info("Wellbeing reading {} ({}) recorded for service user {} by account {}", id, reading.scale(),
				person.getId(), user.getId());
		return new Reading(id, reading.scale(), reading.takenOn(), reading.completedBy(), raw, score,
				sharing.isWithheld(), sharing.getWithheldReason(), sharing.getWithheldDetail(), user.getDisplayName());
	}

}
