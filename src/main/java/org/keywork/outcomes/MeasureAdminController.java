package org.keywork.outcomes;

import jakarta.validation.Valid;
import org.keywork.security.CurrentUser;
import org.keywork.web.FlashMessage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's screens for star-style measures: the list, adding an organisation's
 * own measure (areas and stages entered, never shipped) and taking one out of use. The
 * URL rule for {@code /admin/**} restricts these to administrators.
 */
@Controller
@RequestMapping("/admin/measures")
class MeasureAdminController {

	private static final String FORM = "outcomes/admin/form";

	private final Measures measures;

	MeasureAdminController(Measures measures) {
		this.measures = measures;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("measures", this.measures.all());
		return "outcomes/admin/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", new MeasureForm());
		return FORM;
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") MeasureForm form, BindingResult result, RedirectAttributes redirect) {
		form.validate(result);
		if (!result.hasFieldErrors("name") && this.measures.nameTaken(form.getName())) {
			result.rejectValue("name", "measure.name.taken");
		}
		if (result.hasErrors()) {
			return FORM;
		}
		this.measures.add(CurrentUser.get(), form);
		FlashMessage.success(redirect, "measure.added");
		return "redirect:/admin/measures";
	}

	@PostMapping("/{measureId}/deactivate")
	String deactivate(@PathVariable Long measureId, RedirectAttributes redirect) {
		if (this.measures.deactivate(CurrentUser.get(), measureId)) {
			FlashMessage.success(redirect, "measure.deactivated");
		}
		else {
			FlashMessage.notice(redirect, "measure.defaultStays");
		}
		return "redirect:/admin/measures";
	}

}
