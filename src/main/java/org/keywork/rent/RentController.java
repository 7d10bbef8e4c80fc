package org.keywork.rent;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.keywork.housing.Money;
import org.keywork.database.Batch;
import org.keywork.database.Batches;
import org.keywork.database.Later;
import org.keywork.housing.CurrentRent;
import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.web.FlashMessage;

import org.springframework.data.domain.Page;
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
 * A person's rent account for staff of their team: the entries newest first with the
 * running balance, entering a charge or payment by hand, cancelling a hand entry made in
 * error (with why, under optimistic locking).
 */
@Controller
@RequestMapping("/service-users/{id}/rent")
@PreAuthorize("hasAnyRole('MANAGER', 'WORKER')")
class RentController {

	private final RentAccount account;

	private final Money money;

	private final Batches batches;

	RentController(RentAccount account, Money money, Batches batches) {
		this.batches = batches;
		this.account = account;
		this.money = money;
	}

	@GetMapping
	String list(@PathVariable Long id, @RequestParam(defaultValue = "0") int page, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.account.readable(user, id);
		// the balance, the rent and the page of entries: one statement
		Batch batch = this.batches.start();
		Later<Balance> balance = this.account.balance(user, person, batch);
		Later<CurrentRent.Rent> rent = this.account.rent(person, batch);
		Later<Page<RentEntry>> entries = this.account.entries(user, person, page, balance.map(Balance::entries), batch);
		model.addAttribute("person", person);
		model.addAttribute("balance", balance.get());
		model.addAttribute("rent", rent.get());
		model.addAttribute("entries", entries.get());
		model.addAttribute("canChange", this.account.canChange(user, person));
		return "rent/list";
	}

	@GetMapping("/new")
	String newForm(@PathVariable Long id, Model model) {
		ServiceUser person = this.account.changeable(CurrentUser.get(), id);
		EntryForm form = new EntryForm();
		form.setDate(this.account.today());
		model.addAttribute("form", form);
		return formView(person, model);
	}

	@PostMapping
	String add(@PathVariable Long id, @Valid @ModelAttribute("form") EntryForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.account.changeable(user, id);
		form.validate(result, this.account.today());
		if (result.hasErrors()) {
			return formView(person, model);
		}
		this.account.add(user, person, form);
		FlashMessage.success(redirect, "rent.added");
		return "redirect:/service-users/" + id + "/rent";
	}

	@GetMapping("/{entryId}/cancel")
	String cancelForm(@PathVariable Long id, @PathVariable Long entryId, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.account.changeable(user, id);
		RentEntry entry = this.account.entry(user, person, entryId);
		CancelForm form = new CancelForm();
		form.setVersion(entry.version());
		model.addAttribute("form", form);
		return cancelView(person, entry, model);
	}

	@PostMapping("/{entryId}/cancel")
	String cancel(@PathVariable Long id, @PathVariable Long entryId, @Valid @ModelAttribute("form") CancelForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.account.changeable(user, id);
		RentEntry entry = this.account.entry(user, person, entryId);
		if (result.hasErrors()) {
			return cancelView(person, entry, model);
		}
		try {
			this.account.cancel(user, person, entryId, form.getVersion(), form.getReason());
		}
		catch (RentAccount.StaleEntryException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			return cancelView(person, this.account.entry(user, person, entryId), model);
		}
		FlashMessage.success(redirect, "rent.cancelled");
		return "redirect:/service-users/" + id + "/rent";
	}

	private String formView(ServiceUser person, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("kinds", RentEntry.Kind.values());
		model.addAttribute("currency", this.money.currency().getCurrencyCode());
		return "rent/form";
	}

	private String cancelView(ServiceUser person, RentEntry entry, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("entry", entry);
		return "rent/cancel";
	}

}
