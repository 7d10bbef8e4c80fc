package org.keywork.callover;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.keywork.caseload.CalloverPart;
import org.keywork.caseload.CaseloadRow;
import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.staff.StaffMembers.StaffMember;
import org.keywork.web.FlashMessage;
import org.keywork.web.PeopleShown;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The team's callovers: the list of past ones, today's started by a manager, a meeting
 * with every person of the team and what was decided about each (printable), and a
 * manager recording one person's decision at a time (one POST per person, back to that
 * person on the meeting page).
 */
@Controller
@RequestMapping("/team/callovers")
@PreAuthorize("hasAnyRole('MANAGER', 'WORKER')")
class CalloverController {

	private final Callovers callovers;

	CalloverController(Callovers callovers) {
		this.callovers = callovers;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		KeyworkUser user = CurrentUser.get();
		model.addAttribute("meetings", this.callovers.list(user, page));
		model.addAttribute("canStart", !this.callovers.managedTeams(user).isEmpty());
		return "callover/list";
	}

	@PostMapping
	@PreAuthorize("hasRole('MANAGER')")
	String start(@RequestParam(required = false) Long teamId, Model model) {
		KeyworkUser user = CurrentUser.get();
		List<Long> teams = this.callovers.managedTeams(user);
		if (teamId == null && teams.size() != 1) {
			model.addAttribute("teams", this.callovers.teamChoices(teams));
			return "callover/start";
		}
		Long id = this.callovers.startToday(user, teamId == null ? teams.get(0) : teamId);
		return "redirect:/team/callovers/" + id;
	}

	@GetMapping("/{meetingId}")
	String meeting(@PathVariable Long meetingId, @RequestParam(required = false) Long keyworkerId,
			@RequestParam(defaultValue = "false") boolean unassigned, Model model) {
		KeyworkUser user = CurrentUser.get();
		Meeting meeting = this.callovers.get(user, meetingId);
		boolean canRecord = this.callovers.canRecord(user, meeting);
		CalloverPart part = this.callovers.part(meeting, keyworkerId, unassigned);
		Map<Long, Decision> decisions = this.callovers.decisions(meeting,
				part.rows().stream().map(CaseloadRow::personId).toList());
		List<Decision> others = part.last() ? this.callovers.notListed(meeting) : List.of();
		PeopleShown.of(part.rows(), CaseloadRow::personId);
		PeopleShown.of(others, Decision::personId);
		model.addAttribute("meeting", meeting);
		model.addAttribute("part", part);
		model.addAttribute("rows", part.rows());
		model.addAttribute("decisions", decisions);
		model.addAttribute("others", others);
		model.addAttribute("canRecord", canRecord);
		model.addAttribute("staff", canRecord ? this.callovers.staff(meeting) : List.of());
		model.addAttribute("today", this.callovers.today());
		return "callover/meeting";
	}

	/**
	 * The record of the meeting: every decision, by the person's name, on one page to
	 * print.
	 */
	@GetMapping("/{meetingId}/record")
	String meetingRecord(@PathVariable Long meetingId, Model model) {
		Meeting meeting = this.callovers.get(CurrentUser.get(), meetingId);
		List<Decision> decisions = this.callovers.record(meeting);
		PeopleShown.of(decisions, Decision::personId);
		model.addAttribute("meeting", meeting);
		model.addAttribute("decisions", decisions);
		return "callover/record";
	}

	@GetMapping("/{meetingId}/people/{id}")
	String decisionForm(@PathVariable Long meetingId, @PathVariable Long id, Model model) {
		Meeting meeting = recordable(meetingId);
		model.addAttribute("form",
				this.callovers.decision(meeting, id).map(DecisionForm::of).orElseGet(DecisionForm::new));
		return decisionView(meeting, id, model);
	}

	@PostMapping("/{meetingId}/people/{id}")
	String record(@PathVariable Long meetingId, @PathVariable Long id, @Valid @ModelAttribute("form") DecisionForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		KeyworkUser user = CurrentUser.get();
		Meeting meeting = recordable(meetingId);
		this.callovers.personInTeam(meeting, id);
		form.validate(result, this.callovers.staff(meeting).stream().map(StaffMember::getId).toList());
		if (result.hasErrors()) {
			return decisionView(meeting, id, model);
		}
		try {
			this.callovers.record(user, meeting, id, form.getVersion(), form);
		}
		catch (StaleDecisionException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			return decisionView(meeting, id, model);
		}
		FlashMessage.success(redirect, "callover.decision.saved", this.callovers.personInTeam(meeting, id));
		return "redirect:" + meetingPart(meeting, id);
	}

	private Meeting recordable(Long meetingId) {
		KeyworkUser user = CurrentUser.get();
		Meeting meeting = this.callovers.get(user, meetingId);
		if (!this.callovers.canRecord(user, meeting)) {
			throw new AccessDeniedException("Only a manager of the team records callover decisions");
		}
		return meeting;
	}

	private String decisionView(Meeting meeting, Long personId, Model model) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("personId", personId);
		model.addAttribute("personName", this.callovers.personInTeam(meeting, personId));
		model.addAttribute("saved", this.callovers.decision(meeting, personId).orElse(null));
		model.addAttribute("staff", this.callovers.staff(meeting));
		model.addAttribute("back", meetingPart(meeting, personId));
		return "callover/decision";
	}

	/** The meeting's page at the person's part of the callover, at the person. */
	private String meetingPart(Meeting meeting, Long personId) {
		return "/team/callovers/" + meeting.id()
				+ this.callovers.partOf(meeting, personId).map(part -> "?" + part.query()).orElse("") + "#person-"
				+ personId;
	}

}
