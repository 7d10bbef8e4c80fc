package org.keywork.support;

import jakarta.servlet.http.HttpServletResponse;
import org.keywork.database.Batch;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.web.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What every support-record page puts in its model, so the controllers stay thin. */
@Component
class SupportPages {

	private final SupportRecordService service;

	private final SupportLists lists;

	SupportPages(SupportRecordService service, SupportLists lists) {
		this.service = service;
		this.lists = lists;
	}

	/**
	 * Loads the person (404 if out of reach) and says what the account may do with their
	 * records.
	 */
	ServiceUser person(KeyworkUser user, Long id, Model model) {
		ServiceUser person = this.service.person(user, id);
		model.addAttribute("person", person);
		model.addAttribute("canChange", this.service.canChange(user, person));
		model.addAttribute("seesWithheld", this.service.seesWithheld(user, person));
		return person;
	}

	/**
	 * Loads the person for a page of one of their records: 404 also when the reader may
	 * not read that kind of record (a peer whose link's scope does not include it).
	 */
	ServiceUser person(KeyworkUser user, Long id, RecordKind kind, Model model) {
		ServiceUser person = person(user, id, model);
		if (!this.service.mayRead(user, person, kind)) {
			throw new NotFoundException("Support record", kind);
		}
		return person;
	}

	/**
	 * The latest version, for a form that changes it; only staff who may change the
	 * person's records get here.
	 */
	RecordView<?> latestForChange(KeyworkUser user, ServiceUser person, RecordKind kind) {
		if (!this.service.canChange(user, person)) {
			throw new AccessDeniedException("Read-only access");
		}
		return this.service.latest(user, person, kind).orElseThrow(() -> new NotFoundException("Support record", kind));
	}

	/**
	 * Registers the read of the lists in a page's batch (see
	 * {@link SupportLists#register}).
	 */
	void registerLists(Batch batch) {
		this.lists.register(batch);
	}

	void addLists(RecordKind kind, Model model) {
		model.addAttribute("lifeAreaNames", this.lists.lifeAreaNames());
		model.addAttribute("lifeAreas", this.lists.lifeAreas());
		if (kind == RecordKind.ACTION_PLAN) {
			model.addAttribute("stepStatuses", StepStatus.values());
		}
		if (kind == RecordKind.SAFETY_PLAN) {
			model.addAttribute("categoryNames", this.lists.safetyCategoryNames());
			model.addAttribute("staffSafetyCategories", this.lists.staffSafetyCategories());
		}
	}

	/**
	 * Puts what changed since the form was opened on the page, with status 409; the form
	 * keeps what was typed.
	 */
	void conflict(StaleRecordException ex, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		model.addAttribute("conflictChanges", ex.getChangesSince());
	}

}
