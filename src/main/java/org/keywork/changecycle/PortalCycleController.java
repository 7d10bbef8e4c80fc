package org.keywork.changecycle;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The person's own Cycle of Change in the portal, in plain words: each issue they share
 * with us and the path they took ("Drinking: you were thinking about it in March 2026,
 * getting ready in May 2026, …"). Always the signed-in account's own record; withheld
 * issues are left out in SQL.
 */
@Controller
@PreAuthorize("hasRole('SERVICE_USER')")
class PortalCycleController {

	private final CycleOfChange cycle;

	private final MessageSource messages;

	PortalCycleController(CycleOfChange cycle, MessageSource messages) {
		this.cycle = cycle;
		this.messages = messages;
	}

	@GetMapping("/my-support/cycle-of-change")
	String show(Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser me = this.cycle.readable(user, user.getServiceUserId());
		Locale locale = LocaleContextHolder.getLocale();
		List<Path> paths = this.cycle.issues(user, me)
			.stream()
			.map(issue -> new Path(issue, sentence(issue, locale)))
			.toList();
		model.addAttribute("me", me);
		model.addAttribute("paths", paths);
		return "changecycle/portal";
	}

	/**
	 * "Drinking: you were thinking about it in March 2026, getting ready in May 2026."
	 */
	String sentence(Issue issue, Locale locale) {
		DateTimeFormatter month = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
		String steps = issue.entries()
			.stream()
			.map(entry -> this.messages.getMessage("changecycle.portal.step." + entry.stage(),
					new Object[] { month.format(entry.on()) }, locale))
			.collect(Collectors.joining(this.messages.getMessage("changecycle.portal.then", null, locale)));
		return this.messages.getMessage("changecycle.portal.sentence", new Object[] { issue.name(), steps }, locale);
	}

	/** One issue and its path in a sentence. */
	public record Path(Issue issue, String sentence) {
	}

}
