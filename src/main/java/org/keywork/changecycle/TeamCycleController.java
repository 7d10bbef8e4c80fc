package org.keywork.changecycle;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.keywork.security.CurrentUser;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The team view of people moving through the Cycle of Change, for managers, over the
 * people of the teams they manage: a chart, the numbers in a table, and the table as CSV.
 */
@Controller
@PreAuthorize("hasRole('MANAGER')")
class TeamCycleController {

	private final TeamCycle team;

	private final MessageSource messages;

	TeamCycleController(TeamCycle team, MessageSource messages) {
		this.team = team;
		this.messages = messages;
	}

	@GetMapping("/team/outcomes/cycle")
	String show(Model model) {
		model.addAttribute("summary", this.team.summary(CurrentUser.get()));
		model.addAttribute("months", TeamCycle.MONTHS);
		return "changecycle/team";
	}

	@GetMapping("/team/outcomes/cycle.csv")
	ResponseEntity<byte[]> csv() {
		TeamCycle.Summary summary = this.team.summary(CurrentUser.get());
		Locale locale = LocaleContextHolder.getLocale();
		StringBuilder csv = new StringBuilder();
		csv.append(cell(msg("changecycle.team.stage", locale)))
			.append(',')
			.append(cell(msg("changecycle.team.openNow", locale)))
			.append(',')
			.append(cell(
					this.messages.getMessage("changecycle.team.movesIn", new Object[] { TeamCycle.MONTHS }, locale)))
			.append("\r\n");
		for (TeamCycle.StageRow row : summary.rows()) {
			csv.append(cell(msg("changecycle.stage." + row.stage(), locale)))
				.append(',')
				.append(row.openNow())
				.append(',')
				.append(row.movesIn())
				.append("\r\n");
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"cycle-of-change-" + summary.today() + ".csv\"")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	private String msg(String code, Locale locale) {
		return this.messages.getMessage(code, null, locale);
	}

	/** A CSV cell, quoted; a leading formula character is neutralised. */
	static String cell(String value) {
		String safe = value;
		if (!safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0) {
			safe = "'" + safe;
		}
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

}
