package org.keywork.outcomes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team view of a star-style measure for managers: how the latest readings of the
 * people of their teams spread over the stages in each area, and the average distance
 * travelled per area for people with two or more readings. Aggregates only (never a
 * person), so withheld readings are counted: staff see them. Two queries.
 */
@Service
@Transactional(readOnly = true)
class TeamStar {

	private final JdbcClient jdbc;

	TeamStar(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Summary summary(Collection<Long> teamIds, Measure measure) {
		if (teamIds.isEmpty()) {
			return Summary.of(measure, Map.of(), 0, Map.of());
		}
		Map<Long, Map<Long, Integer>> counts = new HashMap<>();
		int[] people = { 0 };
		this.jdbc.sql("""
				with latest as (
				  select distinct on (r.service_user_id) r.id from star_reading r
				  join service_user s on s.id = r.service_user_id
				  where s.team_id in (:teams) and r.measure_id = :measure
				  order by r.service_user_id, r.taken_on desc, r.id desc
				)
				select sc.area_id, st.id as stage_id, count(*) as people, (select count(*) from latest) as total
				from latest l join star_score sc on sc.reading_id = l.id
				join star_stage st on st.measure_id = :measure and sc.score between st.from_score and st.to_score
				group by sc.area_id, st.id
				""").param("teams", teamIds).param("measure", measure.id()).query(rs -> {
			people[0] = rs.getInt("total");
			counts.computeIfAbsent(rs.getLong("area_id"), id -> new HashMap<>())
				.put(rs.getLong("stage_id"), rs.getInt("people"));
		});
		Map<Long, Distance> distances = new HashMap<>();
		this.jdbc.sql("""
				with ranked as (
				  select r.id, r.service_user_id,
				    row_number() over (partition by r.service_user_id order by r.taken_on, r.id) as first_n,
				    row_number() over (partition by r.service_user_id order by r.taken_on desc, r.id desc) as last_n,
				    count(*) over (partition by r.service_user_id) as readings
				  from star_reading r join service_user s on s.id = r.service_user_id
				  where s.team_id in (:teams) and r.measure_id = :measure
				)
				select f.area_id, avg(l.score - f.score) as average, count(*) as people
				from ranked a
				join ranked b on b.service_user_id = a.service_user_id and b.last_n = 1
				join star_score f on f.reading_id = a.id
				join star_score l on l.reading_id = b.id and l.area_id = f.area_id
				where a.first_n = 1 and a.readings >= 2
				group by f.area_id
				""").param("teams", teamIds).param("measure", measure.id()).query(rs -> {
			distances.put(rs.getLong("area_id"), new Distance(rs.getDouble("average"), rs.getInt("people")));
		});
		return Summary.of(measure, counts, people[0], distances);
	}

	/** The average distance travelled in one area, over this many people. */
	record Distance(double average, int people) {

		public String formatted() {
			return String.format(java.util.Locale.ROOT, "%+.1f", this.average);
		}

	}

	/** One area: people at each stage (in the ladder's order), and the distance. */
	record AreaRow(Measure.Area area, List<Integer> counts, Distance distance) {
	}

	/** The whole view, with the geometry of its bar chart. */
	record Summary(Measure measure, int people, List<AreaRow> rows, Bars bars) {

		/** The shade of each stage, in the ladder's order (as in the bars). */
		public List<Integer> shades() {
			int stages = this.measure.stages().size();
			return java.util.stream.IntStream.range(0, stages).mapToObj(s -> Bars.shade(s, stages)).toList();
		}

		static Summary of(Measure measure, Map<Long, Map<Long, Integer>> counts, int people,
				Map<Long, Distance> distances) {
			List<AreaRow> rows = measure.areas().stream().map(area -> {
				Map<Long, Integer> byStage = counts.getOrDefault(area.id(), Map.of());
				List<Integer> list = measure.stages()
					.stream()
					.map(stage -> byStage.getOrDefault(stage.id(), 0))
					.toList();
				return new AreaRow(area, list, distances.get(area.id()));
			}).toList();
			return new Summary(measure, people, rows, Bars.of(rows, measure.stages().size()));
		}

	}

	/**
	 * A stacked bar per area: each stage a segment as wide as its share of the people,
	 * lowest stage on the left, shaded by stage and labelled with its count.
	 */
	record Bars(int width, int height, List<Bar> bars) {

		static final int WIDTH = 800;

		static final int LABEL = 300;

		static final int ROW = 34;

		static int shade(int stage, int stages) {
			return stages <= 1 ? 0 : Math.round(4f * stage / (stages - 1));
		}

		static Bars of(List<AreaRow> rows, int stages) {
			List<Bar> bars = new ArrayList<>();
			double barWidth = WIDTH - LABEL - 10;
			for (int i = 0; i < rows.size(); i++) {
				AreaRow row = rows.get(i);
				int total = row.counts().stream().mapToInt(Integer::intValue).sum();
				List<Segment> segments = new ArrayList<>();
				double x = LABEL;
				for (int s = 0; s < row.counts().size(); s++) {
					int count = row.counts().get(s);
					if (count == 0 || total == 0) {
						continue;
					}
					double width = StarChart.round(barWidth * count / total);
					int shade = shade(s, stages);
					segments.add(new Segment(StarChart.round(x), width, count, shade, shade >= 3));
					x += width;
				}
				bars.add(new Bar(row.area().name(), i * ROW + 6, segments));
			}
			return new Bars(WIDTH, rows.size() * ROW + 8, bars);
		}

	}

	record Bar(String label, double y, List<Segment> segments) {
	}

	record Segment(double x, double width, int count, int shade, boolean dark) {
	}

}
