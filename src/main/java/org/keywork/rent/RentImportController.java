package org.keywork.rent;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing a landlord's statement (CSV) into a person's rent account: upload, column
 * mapping, preview with a row-by-row report, import (in the background, one transaction)
 * and its progress page. Staff who may change the person's records.
 */
@Controller
@RequestMapping("/service-users/{id}/rent/imports")
@PreAuthorize("hasAnyRole('MANAGER', 'WORKER')")
class RentImportController {

	/** The rows the preview shows. */
	static final int PREVIEW_ROWS = 10;

	private final RentAccount account;

	private final RentImports imports;

	RentImportController(RentAccount account, RentImports imports) {
		this.account = account;
		this.imports = imports;
	}

	@GetMapping("/new")
	String uploadForm(@PathVariable Long id, Model model) {
		model.addAttribute("person", this.account.changeable(CurrentUser.get(), id));
		return "rent/upload";
	}

	@PostMapping
	String upload(@PathVariable Long id, @RequestParam(name = "file", required = false) MultipartFile file, Model model)
			throws IOException {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.account.changeable(user, id);
		try {
			Long importId = this.imports.upload(user, person, file == null ? null : file.getOriginalFilename(),
					file == null ? null : file.getBytes());
			return "redirect:/service-users/" + id + "/rent/imports/" + importId + "/mapping";
		}
		catch (RentImports.UploadException ex) {
			model.addAttribute("person", person);
			model.addAttribute("uploadError", ex.messageKey());
			model.addAttribute("uploadErrorLine", ex.line());
			return "rent/upload";
		}
	}

	@GetMapping("/{importId}/mapping")
	String mappingForm(@PathVariable Long id, @PathVariable Long importId, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.account.changeable(user, id);
		RentImport stored = this.imports.get(user, person, importId);
		if (!stored.isPending()) {
			return "redirect:/service-users/" + id + "/rent/imports/" + importId;
		}
		model.addAttribute("form", MappingForm.of(stored));
		return mappingView(person, stored, model);
	}

	@PostMapping("/{importId}/mapping")
	String map(@PathVariable Long id, @PathVariable Long importId, @Valid @ModelAttribute("form") MappingForm form,
			BindingResult result, Model model, HttpServletResponse response) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.account.changeable(user, id);
		RentImport stored = this.imports.get(user, person, importId);
		if (!stored.isPending()) {
			return "redirect:/service-users/" + id + "/rent/imports/" + importId;
		}
		form.validate(result, columns(this.imports.rows(stored)));
		if (result.hasErrors()) {
			return mappingView(person, stored, model);
		}
		try {
			this.imports.map(user, person, importId, form.getVersion(), form.mapping());
		}
		catch (RentImports.StaleImportException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			result.reject("rent.import.stale");
			return mappingView(person, this.imports.get(user, person, importId), model);
		}
		return "redirect:/service-users/" + id + "/rent/imports/" + importId + "/preview";
	}

	@GetMapping("/{importId}/preview")
	String preview(@PathVariable Long id, @PathVariable Long importId, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.account.changeable(user, id);
		RentImport stored = this.imports.get(user, person, importId);
		if (!stored.isPending()) {
			return "redirect:/service-users/" + id + "/rent/imports/" + importId;
		}
		if (stored.mapping() == null) {
			return "redirect:/service-users/" + id + "/rent/imports/" + importId + "/mapping";
		}
		StatementCheck.Result result = this.imports.preview(stored);
		model.addAttribute("person", person);
		model.addAttribute("statement", stored);
		model.addAttribute("result", result);
		model.addAttribute("first", result.lines().subList(0, Math.min(PREVIEW_ROWS, result.lines().size())));
		model.addAttribute("charges", result.total(RentEntry.Kind.CHARGE));
		model.addAttribute("payments", result.total(RentEntry.Kind.PAYMENT));
		model.addAttribute("duplicate", this.imports.alreadyImported(stored));
		return "rent/preview";
	}

	@PostMapping("/{importId}/import")
	String start(@PathVariable Long id, @PathVariable Long importId, RedirectAttributes redirect) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.account.changeable(user, id);
		try {
			this.imports.start(user, person, importId);
		}
		catch (RentImports.InvalidStatementException ex) {
			return "redirect:/service-users/" + id + "/rent/imports/" + importId + "/preview";
		}
		catch (RentImports.StaleImportException ex) {
			FlashMessage.notice(redirect, "rent.import.notPending");
		}
		return "redirect:/service-users/" + id + "/rent/imports/" + importId;
	}

	@PostMapping("/{importId}/discard")
	String discard(@PathVariable Long id, @PathVariable Long importId, RedirectAttributes redirect) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.account.changeable(user, id);
		try {
			this.imports.discard(user, person, importId);
			FlashMessage.success(redirect, "rent.import.discarded");
			return "redirect:/service-users/" + id + "/rent";
		}
		catch (RentImports.StaleImportException ex) {
			FlashMessage.notice(redirect, "rent.import.notPending");
			return "redirect:/service-users/" + id + "/rent/imports/" + importId;
		}
	}

	/** How far the import has got; refreshes itself every two seconds while running. */
	@GetMapping("/{importId}")
	String progress(@PathVariable Long id, @PathVariable Long importId, Model model, HttpServletResponse response) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.account.changeable(user, id);
		RentImport stored = this.imports.get(user, person, importId);
		if (stored.isRunning()) {
			response.setHeader("Refresh", "2");
		}
		model.addAttribute("person", person);
		model.addAttribute("statement", stored);
		return "rent/progress";
	}

	private String mappingView(ServiceUser person, RentImport stored, Model model) {
		List<CsvParser.Row> rows = this.imports.rows(stored);
		int columns = columns(rows);
		CsvParser.Row first = rows.isEmpty() ? null : rows.get(0);
		List<Column> choices = new java.util.ArrayList<>();
		for (int i = 0; i < columns; i++) {
			String sample = first == null ? null : first.field(i);
			choices.add(new Column(i + 1, sample == null || sample.isBlank() ? null : abbreviate(sample.strip())));
		}
		model.addAttribute("person", person);
		model.addAttribute("statement", stored);
		model.addAttribute("columns", choices);
		model.addAttribute("sample", rows.subList(0, Math.min(4, rows.size())));
		model.addAttribute("dateFormats", Mapping.DateFormat.values());
		model.addAttribute("amountModes", Mapping.AmountMode.values());
		model.addAttribute("duplicate", this.imports.alreadyImported(stored));
		return "rent/mapping";
	}

	private static int columns(List<CsvParser.Row> rows) {
		return rows.stream().mapToInt(r -> r.fields().size()).max().orElse(0);
	}

	private static String abbreviate(String text) {
		return text.length() <= 30 ? text : text.substring(0, 29) + "…";
	}

	/** A column offered in the mapping: its number and what its first row says. */
	record Column(int number, String firstRow) {
	}

}
