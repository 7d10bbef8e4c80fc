package org.keywork.support;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.keywork.database.Batch;
import org.keywork.database.Batches;
import org.keywork.database.Later;
import org.keywork.sharing.WithholdReason;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What all three support records share: the record page, starting it, agreeing it,
 * reviewing it, sharing or withholding it, its versions, what changed between them, and a
 * print view. Staff of the person's team may change records; a linked peer may read what
 * is shared; administrators and service users have no access here.
 */
@Controller
@RequestMapping("/service-users/{id}/{kind:support-overview|safety-plan|action-plan}")
@PreAuthorize("hasAnyRole('MANAGER', 'WORKER', 'PEER')")
class SupportRecordController {

	private static final int ACHIEVEMENTS_SHOWN = 20;

	private final SupportRecordService service;

	private final SupportRecordChanges recordChanges;

	private final SupportPages pages;

	private final VersionChanges changes;

	private static final int COMMENTS_SHOWN = 10;

	private final Achievements achievements;

	private final RecordComments comments;

	private final Clock clock;

	private final Batches batches;

	SupportRecordController(SupportRecordService service, SupportRecordChanges recordChanges, SupportPages pages,
			VersionChanges changes, Achievements achievements, RecordComments comments, Clock clock, Batches batches) {
		this.batches = batches;
		this.service = service;
		this.recordChanges = recordChanges;
		this.pages = pages;
		this.changes = changes;
		this.achievements = achievements;
		this.comments = comments;
		this.clock = clock;
	}

	@GetMapping
	String show(@PathVariable Long id, @PathVariable RecordKind kind, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.pages.person(user, id, kind, model);
		model.addAttribute("kind", kind);
		// the record, its history, the person's words, the lists and achievements: one
		// statement
		Batch batch = this.batches.start();
		Later<Optional<RecordView<RecordContent>>> latest = this.service.latest(user, person, kind, batch);
		Later<List<RecordHistory.EventView>> history = this.service.latestHistory(user, person, kind, batch);
		Later<List<RecordComments.CommentView>> personComments = this.comments.latest(id, kind,
				() -> latest.get().map(RecordView::content).orElse(null), COMMENTS_SHOWN, batch);
		this.pages.registerLists(batch);
		Later<List<Achievement>> achievements = kind == RecordKind.ACTION_PLAN
				? this.achievements.latest(person, ACHIEVEMENTS_SHOWN, batch) : null;
		latest.get().ifPresent(view -> {
			model.addAttribute("view", view);
			model.addAttribute("recordHistory", history.get());
			model.addAttribute("personComments", personComments.get());
		});
		this.pages.addLists(kind, model);
		if (achievements != null) {
			model.addAttribute("achievements", achievements.get());
		}
		return "support/record";
	}

	@GetMapping("/print")
	String print(@PathVariable Long id, @PathVariable RecordKind kind, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.pages.person(user, id, kind, model);
		model.addAttribute("kind", kind);
		model.addAttribute("printedOn", LocalDate.now(this.clock));
		model.addAttribute("view", this.service.latest(user, person, kind)
			.orElseThrow(() -> new NotFoundException("Support record", kind)));
		this.pages.addLists(kind, model);
		return "support/print";
	}

	@PostMapping("/start")
	@PreAuthorize("hasAnyRole('MANAGER', 'WORKER')")
	String start(@PathVariable Long id, @PathVariable RecordKind kind, RedirectAttributes redirect) {
		this.recordChanges.start(CurrentUser.get(), id, kind);
		FlashMessage.success(redirect, "support.started." + kind);
		return redirectTo(id, kind);
	}

	@GetMapping("/agree")
	@PreAuthorize("hasAnyRole('MANAGER', 'WORKER')")
	String agreeForm(@PathVariable Long id, @PathVariable RecordKind kind, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.pages.person(user, id, kind, model);
		RecordView<?> view = this.pages.latestForChange(user, person, kind);
		AgreeForm form = new AgreeForm();
		form.setAgreedOn(LocalDate.now(this.clock));
		form.setReviewDue(this.recordChanges.defaultReviewDate(person, form.getAgreedOn()));
		form.setVersion(view.record().getVersion());
		model.addAttribute("form", form);
		return agreeView(kind, view, model);
	}

	@PostMapping("/agree")
	@PreAuthorize("hasAnyRole('MANAGER', 'WORKER')")
	String agree(@PathVariable Long id, @PathVariable RecordKind kind, @Valid @ModelAttribute("form") AgreeForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.pages.person(user, id, kind, model);
		if (form.getAgreedOn() != null && form.getReviewDue() != null
				&& !form.getReviewDue().isAfter(form.getAgreedOn())) {
			result.rejectValue("reviewDue", "support.agree.reviewDue.afterAgreed");
		}
		if (result.hasErrors()) {
			return agreeView(kind, this.pages.latestForChange(user, person, kind), model);
		}
		try {
			this.recordChanges.agree(user, id, kind, form.getVersion(), form.getAgreedOn(), form.getPersonComment(),
					form.getReviewDue());
		}
		catch (StaleRecordException ex) {
			this.pages.conflict(ex, model, response);
			form.setVersion(ex.getCurrent().getVersion());
			return agreeView(kind, this.pages.latestForChange(user, person, kind), model);
		}
		FlashMessage.success(redirect, "support.agreed");
		return redirectTo(id, kind);
	}

	@PostMapping("/review")
	@PreAuthorize("hasAnyRole('MANAGER', 'WORKER')")
	String review(@PathVariable Long id, @PathVariable RecordKind kind, @RequestParam Long version,
			RedirectAttributes redirect) {
		SupportRecord draft = this.recordChanges.startReview(CurrentUser.get(), id, kind, version);
		FlashMessage.success(redirect, "support.reviewStarted", draft.getVersionNumber());
		return redirectTo(id, kind);
	}

	@GetMapping("/sharing")
	@PreAuthorize("hasAnyRole('MANAGER', 'WORKER')")
	String sharingForm(@PathVariable Long id, @PathVariable RecordKind kind, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.pages.person(user, id, kind, model);
		RecordView<?> view = this.pages.latestForChange(user, person, kind);
		SharingForm form = new SharingForm();
		form.withholding(view.record().getSharing());
		form.setVersion(view.record().getVersion());
		model.addAttribute("form", form);
		return sharingView(kind, view, model);
	}

	@PostMapping("/sharing")
	@PreAuthorize("hasAnyRole('MANAGER', 'WORKER')")
	String share(@PathVariable Long id, @PathVariable RecordKind kind, @Valid @ModelAttribute("form") SharingForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.pages.person(user, id, kind, model);
		form.validate(result);
		if (result.hasErrors()) {
			return sharingView(kind, this.pages.latestForChange(user, person, kind), model);
		}
		try {
			this.recordChanges.setSharing(user, id, kind, form.getVersion(), form.decision());
		}
		catch (StaleRecordException ex) {
			this.pages.conflict(ex, model, response);
			form.setVersion(ex.getCurrent().getVersion());
			return sharingView(kind, this.pages.latestForChange(user, person, kind), model);
		}
		FlashMessage.success(redirect, form.isWithheld() ? "support.withheld" : "support.shared");
		return redirectTo(id, kind);
	}

	@GetMapping("/versions")
	String versions(@PathVariable Long id, @PathVariable RecordKind kind, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.pages.person(user, id, kind, model);
		model.addAttribute("kind", kind);
		model.addAttribute("versions", this.service.versions(user, person, kind));
		return "support/versions";
	}

	@GetMapping("/versions/{number}")
	String version(@PathVariable Long id, @PathVariable RecordKind kind, @PathVariable int number, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.pages.person(user, id, kind, model);
		model.addAttribute("kind", kind);
		model.addAttribute("view", this.service.version(user, person, kind, number));
		this.pages.addLists(kind, model);
		return "support/version";
	}

	@GetMapping("/versions/{number}/changes")
	String changes(@PathVariable Long id, @PathVariable RecordKind kind, @PathVariable int number, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.pages.person(user, id, kind, model);
		VersionChanges.Comparison comparison = this.changes.changes(user, person, kind, number);
		model.addAttribute("kind", kind);
		model.addAttribute("after", comparison.after());
		model.addAttribute("before", comparison.before());
		model.addAttribute("changes", comparison.changes());
		return "support/changes";
	}

	private String agreeView(RecordKind kind, RecordView<?> view, Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("view", view);
		return "support/agree";
	}

	private String sharingView(RecordKind kind, RecordView<?> view, Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("view", view);
		model.addAttribute("reasons", WithholdReason.values());
		return "support/sharing";
	}

	static String redirectTo(Long id, RecordKind kind) {
		return "redirect:/service-users/" + id + "/" + kind.getSlug();
	}

}
