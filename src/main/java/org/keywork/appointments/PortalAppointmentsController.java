package org.keywork.appointments;

import jakarta.validation.Valid;
import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.web.FlashMessage;
import org.keywork.web.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The person's own appointments in the portal (never a withheld one), and asking to move
 * one that is still to come. Always the signed-in account's own record.
 */
@Controller
@PreAuthorize("hasRole('SERVICE_USER')")
class PortalAppointmentsController {

	private final Appointments appointments;

	private final AppointmentChanges changes;

	private final AppointmentMoveRequests moveRequests;

	PortalAppointmentsController(Appointments appointments, AppointmentChanges changes,
			AppointmentMoveRequests moveRequests) {
		this.appointments = appointments;
		this.changes = changes;
		this.moveRequests = moveRequests;
	}

	@GetMapping("/my-support/appointments")
	String show(@RequestParam(defaultValue = "0") int page, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser me = this.appointments.readable(user, user.getServiceUserId());
		model.addAttribute("me", me);
		model.addAttribute("upcoming", this.appointments.upcoming(user, me, Appointments.UPCOMING_SHOWN));
		model.addAttribute("past", this.appointments.past(user, me, page));
		return "appointments/portal";
	}

	@GetMapping("/my-support/appointments/{appointmentId}/move")
	String moveForm(@PathVariable Long appointmentId, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser me = this.appointments.readable(user, user.getServiceUserId());
		model.addAttribute("form", new MoveRequestForm());
		return moveView(user, me, appointmentId, model);
	}

	@PostMapping("/my-support/appointments/{appointmentId}/move")
	String ask(@PathVariable Long appointmentId, @Valid @ModelAttribute("form") MoveRequestForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser me = this.appointments.readable(user, user.getServiceUserId());
		if (result.hasErrors()) {
			return moveView(user, me, appointmentId, model);
		}
		this.changes.askToMove(user, me, appointmentId, form.getWhy(), form.getWouldSuit());
		FlashMessage.success(redirect, "appointments.portal.asked");
		return "redirect:/my-support/appointments";
	}

	private String moveView(KeyworkUser user, ServiceUser me, Long appointmentId, Model model) {
		Appointment appointment = this.appointments.get(user, me, appointmentId);
		if (!appointment.isComing(this.appointments.today())) {
			throw new NotFoundException("Appointment", appointmentId);
		}
		model.addAttribute("me", me);
		model.addAttribute("appointment", appointment);
		model.addAttribute("alreadyAsked", this.moveRequests.askedToMove(appointmentId));
		return "appointments/move";
	}

}
