package org.keywork.appointments;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.keywork.database.Batch;
import org.keywork.database.Batches;
import org.keywork.database.Later;
import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.sharing.WithholdReason;
import org.keywork.web.FlashMessage;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * A person's appointments for staff (and a peer whose link includes the notes, read
 * only): the coming ones and the rest, a page at a time; add, change, cancel, mark missed
 * (an attempted contact in one step), deal with a request to move one, download one as an
 * iCalendar file.
 */
@Controller
@RequestMapping("/service-users/{id}/appointments")
@PreAuthorize("hasAnyRole('MANAGER', 'WORKER', 'PEER')")
class AppointmentController {

	private final Appointments appointments;

	private final AppointmentChanges changes;

	private final MessageSource messages;

	private final Batches batches;

	AppointmentController(Appointments appointments, AppointmentChanges changes, MessageSource messages,
			Batches batches) {
		this.batches = batches;
		this.appointments = appointments;
		this.changes = changes;
		this.messages = messages;
	}

	@GetMapping
	String list(@PathVariable Long id, @RequestParam(defaultValue = "0") int page, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.appointments.readable(user, id);
		return listView(user, person, page, model);
	}

	@GetMapping("/new")
	String newForm(@PathVariable Long id, Model model) {
		ServiceUser person = this.appointments.changeable(CurrentUser.get(), id);
		AppointmentForm form = new AppointmentForm();
		form.setOn(this.appointments.today());
		model.addAttribute("form", form);
		return formView(person, null, model);
	}

	@PostMapping
	String add(@PathVariable Long id, @Valid @ModelAttribute("form") AppointmentForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.appointments.changeable(user, id);
		form.validate(result, this.appointments.staff(person));
		if (result.hasErrors()) {
			return formView(person, null, model);
		}
		this.changes.add(user, person, form.details());
		FlashMessage.success(redirect, "appointments.added");
		return "redirect:/service-users/" + id + "/appointments";
	}

	@GetMapping("/{appointmentId}/edit")
	String editForm(@PathVariable Long id, @PathVariable Long appointmentId, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.appointments.changeable(user, id);
		Appointment appointment = this.appointments.get(user, person, appointmentId);
		model.addAttribute("form", AppointmentForm.of(appointment));
		return formView(person, appointment, model);
	}

	@PostMapping("/{appointmentId}")
	String change(@PathVariable Long id, @PathVariable Long appointmentId,
			@Valid @ModelAttribute("form") AppointmentForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.appointments.changeable(user, id);
		Appointment appointment = this.appointments.get(user, person, appointmentId);
		form.validate(result, this.appointments.staff(person));
		if (form.getVersion() == null) {
			result.reject("appointments.stale");
		}
		if (result.hasErrors()) {
			return formView(person, appointment, model);
		}
		try {
			this.changes.change(user, person, appointmentId, form.getVersion(), form.details());
		}
		catch (StaleAppointmentException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			return formView(person, appointment, model);
		}
		FlashMessage.success(redirect, "appointments.changed");
		return "redirect:/service-users/" + id + "/appointments";
	}

	@PostMapping("/{appointmentId}/cancel")
	String cancel(@PathVariable Long id, @PathVariable Long appointmentId, @RequestParam(required = false) Long version,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.appointments.changeable(user, id);
		try {
			this.changes.cancel(user, person, appointmentId, version == null ? -1 : version);
		}
		catch (StaleAppointmentException ex) {
			return conflict(user, person, model, response);
		}
		FlashMessage.success(redirect, "appointments.cancelled");
		return "redirect:/service-users/" + id + "/appointments";
	}

	@PostMapping("/{appointmentId}/missed")
	String missed(@PathVariable Long id, @PathVariable Long appointmentId, @RequestParam(required = false) Long version,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.appointments.changeable(user, id);
		Appointment appointment = this.appointments.get(user, person, appointmentId);
		if (appointment.on().isAfter(this.appointments.today())) {
			FlashMessage.notice(redirect, "appointments.missed.notYet");
			return "redirect:/service-users/" + id + "/appointments";
		}
		Locale locale = LocaleContextHolder.getLocale();
		String note = this.messages.getMessage("appointments.missed.note",
				new Object[] { appointment.purpose(), appointment.place() }, locale);
		Long noteId;
		try {
			noteId = this.changes.missed(user, person, appointmentId, version == null ? -1 : version, note);
		}
		catch (StaleAppointmentException ex) {
			return conflict(user, person, model, response);
		}
		FlashMessage.success(redirect, "appointments.missed.done");
		return "redirect:/service-users/" + id + "/contact-notes/" + noteId;
	}

	@PostMapping("/{appointmentId}/requests-dealt-with")
	String dealtWith(@PathVariable Long id, @PathVariable Long appointmentId, RedirectAttributes redirect) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.appointments.changeable(user, id);
		this.changes.requestsDealtWith(user, person, appointmentId);
		FlashMessage.success(redirect, "appointments.move.dealtWith");
		return "redirect:/service-users/" + id + "/appointments";
	}

	@GetMapping("/{appointmentId}.ics")
	ResponseEntity<byte[]> ics(@PathVariable Long id, @PathVariable Long appointmentId) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.appointments.readable(user, id);
		Locale locale = LocaleContextHolder.getLocale();
		String first = Ics.firstName(person.getPreferredName());
		String summary = first == null ? this.messages.getMessage("appointments.ics.summary", null, locale)
				: this.messages.getMessage("appointments.ics.summaryWith", new Object[] { first }, locale);
		String description = this.messages.getMessage("appointments.ics.description",
				new Object[] { String.valueOf(person.getId()), String.valueOf(appointmentId) }, locale);
		String body = this.appointments.ics(user, person, appointmentId, summary, description);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("appointment-" + appointmentId + ".ics")
						.build()
						.toString())
			.body(body.getBytes(StandardCharsets.UTF_8));
	}

	private String conflict(KeyworkUser user, ServiceUser person, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		model.addAttribute("conflict", true);
		return listView(user, person, 0, model);
	}

	private String listView(KeyworkUser user, ServiceUser person, int page, Model model) {
		// the upcoming appointments, the page of earlier ones and their requests: one
		// statement
		Batch batch = this.batches.start();
		Later<List<Appointment>> upcoming = this.appointments.upcoming(user, person, Appointments.UPCOMING_SHOWN,
				batch);
		Later<Page<Appointment>> past = this.appointments.past(user, person, page, batch);
		model.addAttribute("person", person);
		model.addAttribute("upcoming", upcoming.get());
		model.addAttribute("past", past.get());
		model.addAttribute("canChange", this.appointments.canChange(user, person));
		model.addAttribute("showSharing", this.appointments.seesWithheld(user, person));
		model.addAttribute("today", this.appointments.today());
		return "appointments/list";
	}

	private String formView(ServiceUser person, Appointment appointment, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("appointment", appointment);
		model.addAttribute("staff", this.appointments.staff(person));
		model.addAttribute("withheldReasons", WithholdReason.values());
		return "appointments/form";
	}

}
