package org.keywork.portal;

import org.keywork.security.CurrentUser;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.serviceusers.ServiceUserService;
import org.keywork.support.RecordContent;
import org.keywork.support.RecordKind;
import org.keywork.support.RecordView;
import org.keywork.support.StepOwner;
import org.keywork.support.StepStatus;
import org.keywork.support.SupportLists;
import org.keywork.support.SupportRecordService;
import org.keywork.support.VersionChanges;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The person's history in the portal: who their keyworker has been and why it changed,
 * and the earlier versions of their plans with what changed. Always the signed-in
 * account's own record. Versions come only from {@link SupportRecordService#versions} and
 * {@link SupportRecordService#version} (and {@link VersionChanges}, which uses them):
 * that is where what is withheld from the person is taken out; these pages show no
 * staff-only field (no withholding decision or reason, no record history, no staff name
 * but the keyworker's).
 */
@Controller
@RequestMapping("/my-support")
@PreAuthorize("hasRole('SERVICE_USER')")
class PortalHistoryController {

	private final ServiceUserService people;

	private final PortalQueries queries;

	private final SupportRecordService records;

	private final VersionChanges changes;

	private final SupportLists lists;

	PortalHistoryController(ServiceUserService people, PortalQueries queries, SupportRecordService records,
			VersionChanges changes, SupportLists lists) {
		this.people = people;
		this.queries = queries;
		this.records = records;
		this.changes = changes;
		this.lists = lists;
	}

	@GetMapping("/keyworker-history")
	String keyworkers(Model model) {
		ServiceUser me = me(CurrentUser.get());
		model.addAttribute("me", me);
		model.addAttribute("history", this.queries.keyworkerHistory(me.getId()));
		return "portal/keyworker-history";
	}

	@GetMapping("/{kind:support-overview|safety-plan|action-plan}/versions")
	String versions(@PathVariable RecordKind kind, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser me = me(user);
		model.addAttribute("kind", kind);
		model.addAttribute("versions", this.records.versions(user, me, kind));
		return "portal/versions";
	}

	@GetMapping("/{kind:support-overview|safety-plan|action-plan}/versions/{number}")
	String version(@PathVariable RecordKind kind, @PathVariable int number, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser me = me(user);
		RecordView<RecordContent> view = this.records.version(user, me, kind, number);
		model.addAttribute("kind", kind);
		model.addAttribute("view", view);
		model.addAttribute("lifeAreaNames", this.lists.lifeAreaNames());
		model.addAttribute("categoryNames", this.lists.safetyCategoryNames());
		model.addAttribute("staffSafetyCategories", this.lists.staffSafetyCategories());
		model.addAttribute("person", StepOwner.PERSON);
		model.addAttribute("done", StepStatus.DONE);
		return "portal/version";
	}

	@GetMapping("/{kind:support-overview|safety-plan|action-plan}/versions/{number}/changes")
	String changes(@PathVariable RecordKind kind, @PathVariable int number, Model model) {
		KeyworkUser user = CurrentUser.get();
		model.addAttribute("kind", kind);
		model.addAttribute("comparison", this.changes.changes(user, me(user), kind, number));
		return "portal/changes";
	}

	private ServiceUser me(KeyworkUser user) {
		return this.people.get(user, user.getServiceUserId());
	}

}
