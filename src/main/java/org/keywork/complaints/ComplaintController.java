package org.keywork.complaints;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.keywork.complaints.StepForms.EntryForm;
import org.keywork.complaints.StepForms.LearningForm;
import org.keywork.complaints.StepForms.OutcomeForm;
import org.keywork.complaints.StepForms.ResponseForm;
import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.sharing.WithholdReason;
import org.keywork.web.FlashMessage;

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
 * A person's complaints and incidents, for staff of their team: the list, a new one, one
 * with its entries, and the forms of its steps (first response, action, reflection with
 * the landlord, outcome, learning), each under optimistic locking on the complaint.
 */
@Controller
@RequestMapping("/service-users/{id}/complaints")
@PreAuthorize("hasAnyRole('MANAGER', 'WORKER')")
class ComplaintController {

	private static final String STEP = "complaints/step";

	private final Complaints complaints;

	private final ComplaintChanges changes;

	ComplaintController(Complaints complaints, ComplaintChanges changes) {
		this.complaints = complaints;
		this.changes = changes;
	}

	@GetMapping
	String list(@PathVariable Long id, @RequestParam(defaultValue = "0") int page, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.complaints.readable(user, id);
		model.addAttribute("person", person);
		model.addAttribute("complaints", this.complaints.page(user, person, page));
		model.addAttribute("canChange", this.complaints.canChange(user, person));
		model.addAttribute("showSharing", this.complaints.seesWithheld(user, person));
		model.addAttribute("managesTeam", this.complaints.managesTeam(user, person));
		return "complaints/list";
	}

	@GetMapping("/new")
	String newForm(@PathVariable Long id, Model model) {
		ServiceUser person = this.complaints.changeable(CurrentUser.get(), id);
		ComplaintForm form = new ComplaintForm();
		form.setReceivedOn(this.complaints.localNow().toLocalDate());
		form.setReceivedTime(this.complaints.localNow().toLocalTime().withSecond(0).withNano(0));
		model.addAttribute("form", form);
		return newView(person, model);
	}

	@PostMapping
	String add(@PathVariable Long id, @Valid @ModelAttribute("form") ComplaintForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.complaints.changeable(user, id);
		form.validate(result, this.complaints.localNow());
		if (result.hasErrors()) {
			return newView(person, model);
		}
		Long complaintId = this.changes.add(user, person, form.details());
		FlashMessage.success(redirect, "complaints.added");
		return "redirect:/service-users/" + id + "/complaints/" + complaintId;
	}

	@GetMapping("/{complaintId}")
	String show(@PathVariable Long id, @PathVariable Long complaintId, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.complaints.readable(user, id);
		model.addAttribute("person", person);
		model.addAttribute("complaint", this.complaints.get(user, person, complaintId));
		model.addAttribute("canChange", this.complaints.canChange(user, person));
		model.addAttribute("showSharing", this.complaints.seesWithheld(user, person));
		return "complaints/show";
	}

	@GetMapping("/{complaintId}/response")
	String responseForm(@PathVariable Long id, @PathVariable Long complaintId, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.complaints.changeable(user, id);
		Complaint complaint = this.complaints.get(user, person, complaintId);
		ResponseForm form = new ResponseForm();
		if (complaint.isResponded()) {
			var at = java.time.LocalDateTime.ofInstant(complaint.firstResponseAt(), this.complaints.zone());
			form.setRespondedOn(at.toLocalDate());
			form.setRespondedTime(at.toLocalTime());
			form.setWho(complaint.firstResponseWho());
			form.setDone(complaint.firstResponseDone());
		}
		else {
			form.setRespondedOn(this.complaints.localNow().toLocalDate());
			form.setRespondedTime(this.complaints.localNow().toLocalTime().withSecond(0).withNano(0));
			form.setWho(user.getDisplayName());
		}
		form.setVersion(complaint.version());
		model.addAttribute("form", form);
		return stepView(person, complaint, "response", model);
	}

	@PostMapping("/{complaintId}/response")
	String respond(@PathVariable Long id, @PathVariable Long complaintId,
			@Valid @ModelAttribute("form") ResponseForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.complaints.changeable(user, id);
		Complaint complaint = this.complaints.get(user, person, complaintId);
		form.validate(result, complaint.receivedAt(), this.complaints.localNow(), this.complaints.zone());
		if (invalid(form.getVersion(), result)) {
			return stepView(person, complaint, "response", model);
		}
		try {
			this.changes.respond(user, person, complaintId, form.getVersion(), form.at(), form.getWho(),
					form.getDone());
		}
		catch (StaleComplaintException ex) {
			return conflict(person, complaint, "response", model, response);
		}
		FlashMessage.success(redirect, "complaints.responded");
		return redirectTo(id, complaintId);
	}

	@GetMapping("/{complaintId}/actions/new")
	String actionForm(@PathVariable Long id, @PathVariable Long complaintId, Model model) {
		return entryForm(id, complaintId, "action", model);
	}

	@PostMapping("/{complaintId}/actions")
	String addAction(@PathVariable Long id, @PathVariable Long complaintId,
			@Valid @ModelAttribute("form") EntryForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return addEntry(id, complaintId, Complaint.EntryKind.ACTION, form, result, model, redirect, response);
	}

	@GetMapping("/{complaintId}/reflections/new")
	String reflectionForm(@PathVariable Long id, @PathVariable Long complaintId, Model model) {
		return entryForm(id, complaintId, "reflection", model);
	}

	@PostMapping("/{complaintId}/reflections")
	String addReflection(@PathVariable Long id, @PathVariable Long complaintId,
			@Valid @ModelAttribute("form") EntryForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return addEntry(id, complaintId, Complaint.EntryKind.REFLECTION, form, result, model, redirect, response);
	}

	@GetMapping("/{complaintId}/outcome")
	String outcomeForm(@PathVariable Long id, @PathVariable Long complaintId, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.complaints.changeable(user, id);
		Complaint complaint = this.complaints.get(user, person, complaintId);
		OutcomeForm form = new OutcomeForm();
		form.setVersion(complaint.version());
		model.addAttribute("form", form);
		return stepView(person, complaint, "outcome", model);
	}

	@PostMapping("/{complaintId}/outcome")
	String close(@PathVariable Long id, @PathVariable Long complaintId, @Valid @ModelAttribute("form") OutcomeForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.complaints.changeable(user, id);
		Complaint complaint = this.complaints.get(user, person, complaintId);
		form.validate(result);
		if (invalid(form.getVersion(), result)) {
			return stepView(person, complaint, "outcome", model);
		}
		try {
			this.changes.close(user, person, complaintId, form.getVersion(), form.getOutcome(), form.getOutcomeText());
		}
		catch (StaleComplaintException ex) {
			return conflict(person, complaint, "outcome", model, response);
		}
		FlashMessage.success(redirect, "complaints.closed");
		return redirectTo(id, complaintId);
	}

	@GetMapping("/{complaintId}/learning")
	String learningForm(@PathVariable Long id, @PathVariable Long complaintId, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.complaints.changeable(user, id);
		Complaint complaint = this.complaints.get(user, person, complaintId);
		LearningForm form = new LearningForm();
		form.setHappened(complaint.learningHappened());
		form.setLearned(complaint.learningLearned());
		form.setVersion(complaint.version());
		model.addAttribute("form", form);
		return stepView(person, complaint, "learning", model);
	}

	@PostMapping("/{complaintId}/learning")
	String learn(@PathVariable Long id, @PathVariable Long complaintId,
			@Valid @ModelAttribute("form") LearningForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.complaints.changeable(user, id);
		Complaint complaint = this.complaints.get(user, person, complaintId);
		if (invalid(form.getVersion(), result)) {
			return stepView(person, complaint, "learning", model);
		}
		try {
			this.changes.learn(user, person, complaintId, form.getVersion(), form.getHappened(), form.getLearned());
		}
		catch (StaleComplaintException ex) {
			return conflict(person, complaint, "learning", model, response);
		}
		FlashMessage.success(redirect, "complaints.learningSaved");
		return redirectTo(id, complaintId);
	}

	private String entryForm(Long id, Long complaintId, String step, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.complaints.changeable(user, id);
		Complaint complaint = this.complaints.get(user, person, complaintId);
		EntryForm form = new EntryForm();
		form.setOccurredOn(this.complaints.localNow().toLocalDate());
		form.setVersion(complaint.version());
		model.addAttribute("form", form);
		return stepView(person, complaint, step, model);
	}

	private String addEntry(Long id, Long complaintId, Complaint.EntryKind kind, EntryForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.complaints.changeable(user, id);
		Complaint complaint = this.complaints.get(user, person, complaintId);
		String step = kind == Complaint.EntryKind.ACTION ? "action" : "reflection";
		form.validate(result, kind, this.complaints.localNow().toLocalDate());
		if (invalid(form.getVersion(), result)) {
			return stepView(person, complaint, step, model);
		}
		try {
			this.changes.addEntry(user, person, complaintId, form.getVersion(), kind, form.getOccurredOn(),
					form.getAttended(), form.getText());
		}
		catch (StaleComplaintException ex) {
			return conflict(person, complaint, step, model, response);
		}
		FlashMessage.success(redirect, "complaints." + step + ".added");
		return redirectTo(id, complaintId);
	}

	private static boolean invalid(Long version, BindingResult result) {
		if (version == null) {
			result.reject("complaints.stale");
		}
		return result.hasErrors();
	}

	private String conflict(ServiceUser person, Complaint complaint, String step, Model model,
			HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		model.addAttribute("conflict", true);
		return stepView(person, complaint, step, model);
	}

	private String stepView(ServiceUser person, Complaint complaint, String step, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("complaint", complaint);
		model.addAttribute("step", step);
		model.addAttribute("outcomes", Complaint.Outcome.values());
		return STEP;
	}

	private String newView(ServiceUser person, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("kinds", Complaint.Kind.values());
		model.addAttribute("sources", Complaint.Source.values());
		model.addAttribute("withheldReasons", WithholdReason.values());
		return "complaints/form";
	}

	private static String redirectTo(Long id, Long complaintId) {
		return "redirect:/service-users/" + id + "/complaints/" + complaintId;
	}

}
