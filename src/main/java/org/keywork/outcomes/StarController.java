package org.keywork.outcomes;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.sharing.WithholdReason;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's star: the chart of two readings of a measure with the table beside it, one
 * reading with its earlier versions, a new reading, and a correction. Readers are those
 * who may see the person's outcomes (ADR 012); staff who may change the record write.
 */
@Controller
@RequestMapping("/service-users/{id}/outcomes")
@PreAuthorize("hasAnyRole('MANAGER', 'WORKER', 'PEER')")
class StarController {

	private static final String FORM = "outcomes/form";

	private final StarReadings readings;

	private final Measures measures;

	StarController(StarReadings readings, Measures measures) {
		this.readings = readings;
		this.measures = measures;
	}

	@GetMapping
	String star(@PathVariable Long id, @RequestParam(required = false) Long measure,
			@RequestParam(required = false) Long from, @RequestParam(required = false) Long to, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.readings.person(user, id);
		model.addAttribute("person", person);
		model.addAttribute("view", this.readings.view(user, person, measure, from, to));
		model.addAttribute("canRecord", this.readings.canRecord(user, person));
		model.addAttribute("seesWithheld", this.readings.seesWithheld(user, person));
		return "outcomes/star";
	}

	@GetMapping("/{readingId}")
	String reading(@PathVariable Long id, @PathVariable Long readingId, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.readings.person(user, id);
		Reading reading = this.readings.reading(user, person, readingId);
		Measure measure = this.measures.get(reading.measureId());
		model.addAttribute("person", person);
		model.addAttribute("reading", reading);
		model.addAttribute("measure", measure);
		model.addAttribute("versions", this.readings.versions(user, person, reading));
		model.addAttribute("canRecord", this.readings.canRecord(user, person));
		model.addAttribute("seesWithheld", this.readings.seesWithheld(user, person));
		model.addAttribute("recordedByName", this.readings.mayName(user, person, reading.recordedBy())
				? this.readings.accountName(reading.recordedBy()) : null);
		return "outcomes/reading";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAnyRole('MANAGER', 'WORKER')")
	String newForm(@PathVariable Long id, @RequestParam(required = false) Long measure, Model model) {
		ServiceUser person = this.readings.personForRecording(CurrentUser.get(), id);
		Measure chosen = measure == null ? this.measures.defaultMeasure() : activeMeasure(measure);
		model.addAttribute("form", ReadingForm.blank(chosen, this.readings.today()));
		return formView(person, chosen, null, model);
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('MANAGER', 'WORKER')")
	String create(@PathVariable Long id, @Valid @ModelAttribute("form") ReadingForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.readings.personForRecording(user, id);
		Measure measure = form.getMeasureId() == null ? this.measures.defaultMeasure()
				: activeMeasure(form.getMeasureId());
		form.validate(measure, this.readings.today(), false, result);
		if (result.hasErrors()) {
			return formView(person, measure, null, model);
		}
		Long readingId = this.readings.record(user, person, measure, form);
		FlashMessage.success(redirect, "reading.saved");
		return "redirect:/service-users/" + id + "/outcomes/" + readingId;
	}

	@GetMapping("/{readingId}/correct")
	@PreAuthorize("hasAnyRole('MANAGER', 'WORKER')")
	String correctForm(@PathVariable Long id, @PathVariable Long readingId, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.readings.personForRecording(user, id);
		Reading reading = this.readings.reading(user, person, readingId);
		Measure measure = this.measures.get(reading.measureId());
		model.addAttribute("form", ReadingForm.from(reading, measure));
		return formView(person, measure, reading, model);
	}

	@PostMapping("/{readingId}/correct")
	@PreAuthorize("hasAnyRole('MANAGER', 'WORKER')")
	String correct(@PathVariable Long id, @PathVariable Long readingId, @Valid @ModelAttribute("form") ReadingForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.readings.personForRecording(user, id);
		Reading reading = this.readings.reading(user, person, readingId);
		Measure measure = this.measures.get(reading.measureId());
		form.setMeasureId(measure.id());
		form.validate(measure, this.readings.today(), !this.readings.correctsInPlace(user, reading), result);
		if (result.hasErrors()) {
			return formView(person, measure, reading, model);
		}
		try {
			this.readings.correct(user, person, readingId, form);
		}
		catch (StaleReadingException ex) {
			// keep everything typed; saving again applies it over the newer version
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			form.setVersion(ex.getCurrent().version());
			return formView(person, measure, ex.getCurrent(), model);
		}
		FlashMessage.success(redirect, "reading.corrected");
		return "redirect:/service-users/" + id + "/outcomes/" + readingId;
	}

	private Measure activeMeasure(Long measureId) {
		Measure measure = this.measures.find(measureId).orElseThrow(() -> new NotFoundException("Measure", measureId));
		if (!measure.active()) {
			throw new NotFoundException("Measure", measureId);
		}
		return measure;
	}

	private String formView(ServiceUser person, Measure measure, Reading correcting, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("measure", measure);
		model.addAttribute("measures", this.measures.active());
		model.addAttribute("correcting", correcting);
		model.addAttribute("inPlace",
				correcting != null && this.readings.correctsInPlace(CurrentUser.get(), correcting));
		model.addAttribute("withheldReasons", WithholdReason.values());
		return FORM;
	}

}
