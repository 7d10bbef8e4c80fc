package org.keywork.rent;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.keywork.security.CurrentUser;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators set a team's arrears threshold for the early warning. */
@Controller
@RequestMapping("/admin/teams/{id}/rent")
@PreAuthorize("hasRole('ADMIN')")
class ThresholdController {

	private final ArrearsThresholds thresholds;

	ThresholdController(ArrearsThresholds thresholds) {
		this.thresholds = thresholds;
	}

	@GetMapping
	String form(@PathVariable("id") Long teamId, Model model) {
		ArrearsThresholds.Setting setting = this.thresholds.of(teamId);
		ThresholdForm form = new ThresholdForm();
		form.setWeeks(setting.weeks());
		form.setVersion(setting.version());
		model.addAttribute("form", form);
		return view(teamId, model);
	}

	@PostMapping
	String save(@PathVariable("id") Long teamId, @Valid @ModelAttribute("form") ThresholdForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		String name = this.thresholds.teamName(teamId);
		if (result.hasErrors()) {
			return view(teamId, model);
		}
		try {
			this.thresholds.save(teamId, form.getVersion(), form.getWeeks(), CurrentUser.get().getId());
		}
		catch (ArrearsThresholds.StaleSettingException ex) {
			result.reject("rent.threshold.conflict");
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return view(teamId, model);
		}
		FlashMessage.success(redirect, "rent.threshold.saved", name);
		return "redirect:/admin/teams/" + teamId + "/rent";
	}

	private String view(Long teamId, Model model) {
		model.addAttribute("teamId", teamId);
		model.addAttribute("teamName", this.thresholds.teamName(teamId));
		return "rent/threshold";
	}

}
