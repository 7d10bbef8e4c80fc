package org.keywork.housing;

import java.nio.charset.StandardCharsets;

import org.keywork.housing.TenancyReportPart.ReportTable;
import org.keywork.security.CurrentUser;
import org.keywork.web.NotFoundException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The managers' tenancy sustainment report and each of its tables as CSV. */
@Controller
@PreAuthorize("hasRole('MANAGER')")
class TenancyReportController {

	private final TenancyReport report;

	TenancyReportController(TenancyReport report) {
		this.report = report;
	}

	@GetMapping("/team/tenancy-report")
	String show(Model model) {
		model.addAttribute("report", this.report.report(CurrentUser.get()));
		model.addAttribute("navSection", "team-tenancies");
		return "housing/report";
	}

	@GetMapping("/team/tenancy-report/{table}.csv")
	ResponseEntity<byte[]> csv(@PathVariable String table) {
		ReportTable found = this.report.table(CurrentUser.get(), table)
			.orElseThrow(() -> new NotFoundException("Report table", null));
		StringBuilder csv = new StringBuilder();
		line(csv, found.headings());
		found.rows().forEach(row -> line(csv, row));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"" + found.id() + "-" + this.report.today() + ".csv\"")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static void line(StringBuilder csv, java.util.List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(cell(cells.get(i)));
		}
		csv.append("\r\n");
	}

	/**
	 * A CSV cell: a number as it is; any other text quoted, with a leading formula
	 * character neutralised (a spreadsheet must not run it).
	 */
	static String cell(String value) {
		String text = value == null ? "" : value;
		if (text.matches("-?\\d+(\\.\\d+)?")) {
			return text;
		}
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

}
