package org.keywork.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import org.keywork.audit.AccessLog;
import org.keywork.contacts.SharedNotes;
import org.keywork.database.Batch;
import org.keywork.database.Batches;
import org.keywork.database.Later;
import org.keywork.portal.PortalQueries.LinkedPeer;
import org.keywork.portal.PortalQueries.StaffContact;
import org.keywork.security.CurrentUser;
import org.keywork.web.Dates;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.serviceusers.ServiceUserService;
import org.keywork.support.ActionPlanContent;
import org.keywork.support.RecordComments;
import org.keywork.support.RecordContent;
import org.keywork.support.RecordKind;
import org.keywork.support.RecordView;
import org.keywork.support.StepOwner;
import org.keywork.support.StepStatus;
import org.keywork.support.SupportLists;
import org.keywork.support.SupportRecordChanges;
import org.keywork.support.SupportRecordService;
import org.keywork.web.FlashMessage;
import org.keywork.web.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
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
 * The portal: a service user's own support. Every page is about the signed-in account's
 * own record: the person is always {@code CurrentUser.get().getServiceUserId()}, loaded
 * through {@link ServiceUserService#get}, and never an id from the URL. Records come from
 * {@link SupportRecordService#latest}, which for a service user hides withheld records
 * and removes withheld factors; the portal templates show no staff-only field
 * (withholding reasons, who changed what, history).
 */
@Controller
@RequestMapping("/my-support")
@PreAuthorize("hasRole('SERVICE_USER')")
class PortalController {

	private static final int COMMENTS_SHOWN = 20;

	private final ServiceUserService people;

	private final SupportRecordService records;

	private final SupportRecordChanges recordChanges;

	private final RecordComments comments;

	private final SupportLists lists;

	/**
	 * How long the person is told, after setting a password with a code that closed their
	 * earlier account, that it was closed.
	 */
	static final int ACCOUNT_CLOSED_NOTICE_DAYS = 30;

	private final PortalQueries queries;

	private final AccessLog accessLog;

	private final SharedNotes notes;

	private final Dates dates;

	private final PortalAccounts accounts;

	private final Batches batches;

	PortalController(ServiceUserService people, SupportRecordService records, SupportRecordChanges recordChanges,
			RecordComments comments, SupportLists lists, PortalQueries queries, AccessLog accessLog, SharedNotes notes,
			Dates dates, PortalAccounts accounts, Batches batches) {
		this.batches = batches;
		this.accounts = accounts;
		this.notes = notes;
		this.dates = dates;
		this.people = people;
		this.records = records;
		this.recordChanges = recordChanges;
		this.comments = comments;
		this.lists = lists;
		this.queries = queries;
		this.accessLog = accessLog;
	}

	@GetMapping
	String home(Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser me = me(user);
		// everything the page reads about the person, in one statement
		Batch batch = this.batches.start();
		Later<Optional<StaffContact>> keyworker = me.getKeyworkerId() == null ? Later.of(Optional.empty())
				: this.queries.contact(me.getKeyworkerId(), batch);
		Later<Optional<StaffContact>> team = this.queries.team(me.getTeamId(), batch);
		Later<List<LinkedPeer>> peers = this.queries.linkedPeers(me.getId(), batch);
		Later<List<RecordKind>> shown = this.records.kindsShown(user, me, batch);
		Later<Optional<LocalDate>> nextContact = this.notes.nextPlanned(me.getId(), this.dates.today(), batch);
		Later<Optional<Instant>> accountClosedOn = this.accounts.closedByNewCode(user.getId(),
				ACCOUNT_CLOSED_NOTICE_DAYS, batch);
		model.addAttribute("me", me);
		model.addAttribute("keyworker", keyworker.get().orElse(null));
		model.addAttribute("teamName", team.get().map(StaffContact::name).orElse(null));
		model.addAttribute("teamOffice", team.get().filter(office -> office.phone() != null).orElse(null));
		model.addAttribute("peers", peers.get());
		model.addAttribute("records",
				List.of(RecordKind.ACTION_PLAN, RecordKind.OVERVIEW, RecordKind.SAFETY_PLAN)
					.stream()
					.filter(shown.get()::contains)
					.toList());
		model.addAttribute("nextContact", nextContact.get().orElse(null));
		model.addAttribute("accountClosedOn", accountClosedOn.get().orElse(null));
		return "portal/home";
	}

	/**
	 * The contact notes shared with the person, restricted ones too (ADR 008): never a
	 * withheld one or a staff-only detail.
	 */
	@GetMapping("/contact-notes")
	String contactNotes(@RequestParam(defaultValue = "0") int page, Model model) {
		ServiceUser me = me(CurrentUser.get());
		model.addAttribute("me", me);
		model.addAttribute("notes", this.notes.forPerson(me.getId(), page));
		return "portal/contact-notes";
	}

	@GetMapping("/{kind:support-overview|safety-plan|action-plan}")
	String record(@PathVariable RecordKind kind, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser me = me(user);
		Optional<RecordView<RecordContent>> view = this.records.latest(user, me, kind);
		model.addAttribute("kind", kind);
		model.addAttribute("me", me);
		if (kind == RecordKind.ACTION_PLAN) {
			model.addAttribute("navPage", "my-plan");
		}
		model.addAttribute("view", view.orElse(null));
		model.addAttribute("lifeAreaNames", this.lists.lifeAreaNames());
		model.addAttribute("categoryNames", this.lists.safetyCategoryNames());
		model.addAttribute("staffSafetyCategories", this.lists.staffSafetyCategories());
		model.addAttribute("person", StepOwner.PERSON);
		model.addAttribute("done", StepStatus.DONE);
		view.ifPresent(v -> {
			model.addAttribute("comments", this.comments.latest(me.getId(), kind, v.content(), COMMENTS_SHOWN));
			model.addAttribute("versions", this.records.versions(user, me, kind));
		});
		if (!model.containsAttribute("commentForm")) {
			model.addAttribute("commentForm", new CommentForm());
		}
		return "portal/record";
	}

	@PostMapping("/{kind:support-overview|safety-plan|action-plan}/comments")
	String comment(@PathVariable RecordKind kind, @Valid @ModelAttribute("commentForm") CommentForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return record(kind, model);
		}
		KeyworkUser user = CurrentUser.get();
		this.comments.add(user, me(user), kind, form.getAbout(), form.getText());
		FlashMessage.success(redirect, "portal.comment.added");
		return "redirect:/my-support/" + kind.getSlug() + "#your-words";
	}

	/**
	 * The person marks one of their own steps done: only a step of their own latest
	 * (shared) Action Plan, and only one whose "who" is the person. Anything else is
	 * answered as if the step did not exist, or refused.
	 */
	@PostMapping("/action-plan/steps/{stepId}/done")
	String stepDone(@PathVariable String stepId, RedirectAttributes redirect) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser me = me(user);
		RecordView<ActionPlanContent> plan = this.records.<ActionPlanContent>latest(user, me, RecordKind.ACTION_PLAN)
			.orElseThrow(() -> new NotFoundException("Action Plan", me.getId()));
		ActionPlanContent.Step step = plan.content()
			.step(stepId)
			.orElseThrow(() -> new NotFoundException("Step", stepId));
		if (step.getWho() != StepOwner.PERSON) {
			throw new AccessDeniedException("Step " + stepId + " is not the person's to mark");
		}
		if (step.getStatus() != StepStatus.DONE) {
			this.recordChanges.applyStepStatus(user, me.getId(), stepId, StepStatus.DONE, null);
		}
		FlashMessage.success(redirect, "portal.step.done", step.getWhat());
		return "redirect:/my-support/action-plan#step-" + stepId;
	}

	@GetMapping("/who-has-looked")
	String whoHasLooked(@RequestParam(defaultValue = "0") int page, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser me = me(user);
		model.addAttribute("days", this.accessLog.summaryForPerson(me.getId(), page));
		model.addAttribute("baseUrl", "/my-support/who-has-looked");
		return "portal/who-has-looked";
	}

	private ServiceUser me(KeyworkUser user) {
		return this.people.get(user, user.getServiceUserId());
	}

}
