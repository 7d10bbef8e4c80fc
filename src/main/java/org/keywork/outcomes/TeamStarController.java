package org.keywork.outcomes;

import java.util.List;
import java.util.stream.Collectors;

import org.keywork.security.AccessPolicy;
import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.web.NotFoundException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The team view of star readings for managers of the teams (the people of the teams they
 * manage only): the distribution of the latest readings per area by stage, as a table and
 * a bar chart, and the average distance travelled per area; the numbers as CSV.
 */
@Controller
@PreAuthorize("hasRole('MANAGER')")
class TeamStarController {

	private final TeamStar team;

	private final Measures measures;

	private final AccessPolicy policy;

	TeamStarController(TeamStar team, Measures measures, AccessPolicy policy) {
		this.team = team;
		this.measures = measures;
		this.policy = policy;
	}

	@GetMapping("/team/outcomes")
	String view(@RequestParam(required = false) Long measure, Model model) {
		Measure chosen = measure(measure);
		model.addAttribute("summary", this.team.summary(managed(CurrentUser.get()), chosen));
		model.addAttribute("measures", this.measures.all());
		return "outcomes/team";
	}

	@GetMapping("/team/outcomes/star.csv")
	ResponseEntity<String> csv(@RequestParam(required = false) Long measure) {
		Measure chosen = measure(measure);
		TeamStar.Summary summary = this.team.summary(managed(CurrentUser.get()), chosen);
		StringBuilder csv = new StringBuilder();
		csv.append("area,")
			.append(chosen.stages().stream().map(s -> quote(s.name())).collect(Collectors.joining(",")))
			.append(",people with two or more readings,average distance travelled\r\n");
		for (TeamStar.AreaRow row : summary.rows()) {
			csv.append(quote(row.area().name())).append(',');
			csv.append(row.counts().stream().map(String::valueOf).collect(Collectors.joining(","))).append(',');
			csv.append(row.distance() == null ? "0," : row.distance().people() + "," + row.distance().formatted());
			csv.append("\r\n");
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"star.csv\"")
			.body(csv.toString());
	}

	private Measure measure(Long id) {
		return id == null ? this.measures.defaultMeasure()
				: this.measures.find(id).orElseThrow(() -> new NotFoundException("Measure", id));
	}

	/** The teams this account manages. */
	private List<Long> managed(KeyworkUser user) {
		return this.policy.teamIds(user).stream().filter(team -> this.policy.managesTeam(user, team)).toList();
	}

	/** A CSV field: quoted, and never read as a formula by a spreadsheet. */
	static String quote(String text) {
		String safe = text.matches("^[=+\\-@].*") ? "'" + text : text;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

}
