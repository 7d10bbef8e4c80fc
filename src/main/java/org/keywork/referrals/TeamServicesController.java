package org.keywork.referrals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.keywork.security.CurrentUser;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The services the manager's teams use: counts per agency and status, and as CSV. */
@Controller
@RequestMapping("/team")
@PreAuthorize("hasRole('MANAGER')")
class TeamServicesController {

	private final TeamServices services;

	TeamServicesController(TeamServices services) {
		this.services = services;
	}

	@GetMapping("/services")
	String show(Model model) {
		model.addAttribute("rows", this.services.counts(this.services.managedTeams(CurrentUser.get())));
		model.addAttribute("statuses", ReferralStatus.values());
		model.addAttribute("navSection", "team-services");
		return "referrals/team";
	}

	@GetMapping("/services.csv")
	ResponseEntity<byte[]> csv() {
		List<TeamServices.AgencyCounts> rows = this.services.counts(this.services.managedTeams(CurrentUser.get()));
		StringBuilder csv = new StringBuilder("agency");
		for (ReferralStatus status : ReferralStatus.values()) {
			csv.append(',').append(status.name().toLowerCase(java.util.Locale.ROOT));
		}
		csv.append(",total,people_using\r\n");
		for (TeamServices.AgencyCounts row : rows) {
			csv.append('"').append(row.agency().replace("\"", "\"\"")).append('"');
			for (ReferralStatus status : ReferralStatus.values()) {
				csv.append(',').append(row.count(status));
			}
			csv.append(',').append(row.total()).append(',').append(row.people()).append("\r\n");
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("services-used.csv").build().toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

}
