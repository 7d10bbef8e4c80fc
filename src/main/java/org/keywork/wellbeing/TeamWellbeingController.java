package org.keywork.wellbeing;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.keywork.security.CurrentUser;
import org.keywork.wellbeing.TeamWellbeing.ScaleChange;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The wellbeing change of the people in the teams a manager manages: a chart per scale,
 * the numbers behind it in a table, and the same table as CSV. Counts only, no names.
 */
@Controller
@RequestMapping("/team/outcomes")
@PreAuthorize("hasRole('MANAGER')")
class TeamWellbeingController {

	private final TeamWellbeing team;

	TeamWellbeingController(TeamWellbeing team) {
		this.team = team;
	}

	@GetMapping("/wellbeing")
	String show(Model model) {
		List<ScaleChange> changes = this.team.changes(this.team.managedTeams(CurrentUser.get()));
		model.addAttribute("changes", changes);
		model.addAttribute("charts", changes.stream().map(ChangeChart::of).toList());
		model.addAttribute("navSection", "team");
		return "wellbeing/team";
	}

	@GetMapping("/wellbeing.csv")
	ResponseEntity<byte[]> csv() {
		List<ScaleChange> changes = this.team.changes(this.team.managedTeams(CurrentUser.get()));
		StringBuilder csv = new StringBuilder(
				"scale,people,average_first,average_latest,average_change,improved,stayed,declined\r\n");
		for (ScaleChange change : changes) {
			csv.append(change.scale().name())
				.append(',')
				.append(change.people())
				.append(',')
				.append(change.averageFirst().toPlainString())
				.append(',')
				.append(change.averageLatest().toPlainString())
				.append(',')
				.append(change.averageChange().toPlainString())
				.append(',')
				.append(change.improved())
				.append(',')
				.append(change.stayed())
				.append(',')
				.append(change.declined())
				.append("\r\n");
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("wellbeing-change.csv").build().toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

}
