package org.keywork.outcomes;

import java.time.Clock;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.keywork.outcomes.Measure.Area;
import org.keywork.outcomes.Measure.Stage;
import org.keywork.database.Batch;
import org.keywork.database.Batches;
import org.keywork.database.Later;
import org.keywork.security.KeyworkUser;
import org.keywork.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The star-style measures the organisation uses: the neutral default Keywork ships (V61)
 * and those an administrator adds. Measures are never deleted (readings name them); they
 * are deactivated. Three queries read them all, whatever their number (one statement, as
 * a batch).
 */
@Service
@Transactional(readOnly = true)
public class Measures {

	private static final Logger log = LoggerFactory.getLogger(Measures.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Batches batches;

	Measures(JdbcClient jdbc, Clock clock, Batches batches) {
		this.batches = batches;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Every measure, the default first, then by name. */
	public List<Measure> all() {
		return all(this.batches.start()).get();
	}

	/** {@link #all()}, its three queries registered in {@code batch}. */
	public Later<List<Measure>> all(Batch batch) {
		Later<List<Map.Entry<Long, Area>>> areas = batch
			.sql("select id, measure_id, name, description, position from star_area order by measure_id, position")
			.query((rs, i) -> Map.entry(rs.getLong("measure_id"), new Area(rs.getLong("id"), rs.getString("name"),
					rs.getString("description"), rs.getInt("position"))));
		Later<List<Map.Entry<Long, Stage>>> stages = batch
			.sql("select id, measure_id, name, from_score, to_score from star_stage order by measure_id, from_score")
			.query((rs, i) -> Map.entry(rs.getLong("measure_id"),
					new Stage(rs.getLong("id"), rs.getString("name"), rs.getInt("from_score"), rs.getInt("to_score"))));
		Later<List<Measure>> measures = batch
			.sql("select id, name, description, active, is_default from star_measure order by is_default desc, name")
			.query((rs, i) -> new Measure(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
					rs.getBoolean("active"), rs.getBoolean("is_default"), List.of(), List.of()));
		return measures.map(found -> {
			Map<Long, List<Area>> areasOf = grouped(areas.get());
			Map<Long, List<Stage>> stagesOf = grouped(stages.get());
			return found.stream()
				.map(m -> new Measure(m.id(), m.name(), m.description(), m.active(), m.isDefault(),
						areasOf.getOrDefault(m.id(), List.of()), stagesOf.getOrDefault(m.id(), List.of())))
				.toList();
		});
	}

	private static <T> Map<Long, List<T>> grouped(List<Map.Entry<Long, T>> rows) {
		Map<Long, List<T>> grouped = new LinkedHashMap<>();
		rows.forEach(row -> grouped.computeIfAbsent(row.getKey(), id -> new ArrayList<>()).add(row.getValue()));
		return grouped;
	}

	/** The measures in use, for a new reading. */
	public List<Measure> active() {
		return all().stream().filter(Measure::active).toList();
	}

	/** The measure, or 404. */
	public Measure get(Long id) {
		return find(id).orElseThrow(() -> new NotFoundException("Measure", id));
	}

	Optional<Measure> find(Long id) {
		return all().stream().filter(measure -> measure.id().equals(id)).findFirst();
	}

	/** The neutral default measure Keywork ships. */
	public Measure defaultMeasure() {
		return all().stream()
			.filter(Measure::isDefault)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No default measure"));
	}

	boolean nameTaken(String name) {
		return this.jdbc.sql("select count(*) from star_measure where lower(name) = lower(?)")
			.param(name.strip())
			.query(Long.class)
			.single() > 0;
	}

	/** Adds an organisation's own measure, as the form validated it. */
	@Transactional
	Long add(KeyworkUser user, MeasureForm form) {
		Long id = this.jdbc.sql("""
				insert into star_measure (name, description, created_at, created_by) values (?, ?, ?, ?) returning id
				""")
			.params(form.getName().strip(), blankToNull(form.getDescription()), Timestamp.from(this.clock.instant()),
					user.getId())
			.query(Long.class)
			.single();
		int position = 10;
		for (MeasureForm.AreaLine area : form.areaLines()) {
			this.jdbc.sql("insert into star_area (measure_id, name, description, position) values (?, ?, ?, ?)")
				.params(id, area.name(), area.description(), position)
				.update();
			position += 10;
		}
		for (MeasureForm.StageRow stage : form.filledStages()) {
			this.jdbc.sql("insert into star_stage (measure_id, name, from_score, to_score) values (?, ?, ?, ?)")
				.params(id, stage.getName().strip(), Integer.parseInt(stage.getLowest().strip()),
						Integer.parseInt(stage.getHighest().strip()))
				.update();
		}
		log.info("Measure {} added by account {}", id, user.getId());
		return id;
	}

	/**
	 * Takes a measure out of use (its readings stay); false for the default, which stays
	 * in use.
	 */
	@Transactional
	boolean deactivate(KeyworkUser user, Long id) {
		Measure measure = get(id);
		if (measure.isDefault()) {
			return false;
		}
		this.jdbc.sql("update star_measure set active = false where id = ?").param(id).update();
		log.info("Measure {} deactivated by account {}", id, user.getId());
		return true;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
