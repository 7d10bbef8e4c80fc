package org.keywork.contacts;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.keywork.database.Batch;
import org.keywork.database.Batches;
import org.keywork.database.Later;
import org.keywork.sharing.WithholdReason;
import org.keywork.security.CurrentUser;
import org.keywork.support.StepStatus;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.web.FlashMessage;

import org.springframework.dao.DataIntegrityViolationException;
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
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording, reading and correcting contact notes. A saved note redirects to itself,
 * carrying any language suggestions and a signal for the page's script to forget the
 * draft it kept while the note was typed.
 */
@Controller
@RequestMapping("/service-users/{id}/contact-notes")
@PreAuthorize("hasAnyRole('MANAGER', 'WORKER', 'PEER')")
class ContactNoteController {

	private static final String FORM = "contacts/form";

	private static final String DRAFT_SESSION = "keywork.contactNoteDraftSession";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ContactNoteService service;

	private final Batches batches;

	ContactNoteController(ContactNoteService service, Batches batches) {
		this.service = service;
		this.batches = batches;
	}

	@GetMapping("/new")
	String newForm(@PathVariable Long id, @RequestParam(required = false) ContactType type, Model model) {
		ServiceUser person = this.service.personForRecording(CurrentUser.get(), id);
		model.addAttribute("form", ContactNoteForm.quick(this.service.now(), type));
		return formView(person, null, model);
	}

	@PostMapping
	String create(@PathVariable Long id, @Valid @ModelAttribute("form") ContactNoteForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.service.personForRecording(user, id);
		Optional<Long> earlier = this.service.alreadySaved(user, id, form.getSubmissionKey());
		if (earlier.isPresent()) {
			return alreadySaved(id, earlier.get(), redirect);
		}
		form.validate(result, this.service.now(), false);
		this.service.validateAdditions(user, person, form, result);
		if (result.hasErrors()) {
			return formView(person, null, model);
		}
		try {
			ContactNoteService.Saved saved = this.service.record(user, id, form);
			return savedRedirect(id, saved, "contactNote.saved", "new", redirect);
		}
		catch (DataIntegrityViolationException ex) {
			// the same form sent twice at once: the other request saved it first
			Optional<Long> noteId = this.service.alreadySaved(user, id, form.getSubmissionKey());
			if (noteId.isPresent()) {
				return alreadySaved(id, noteId.get(), redirect);
			}
			// the key was this author's note about someone else (a form copied from
			// another
			// person's page): this is a different note, saved under a key of its own
			form.setSubmissionKey(java.util.UUID.randomUUID());
			ContactNoteService.Saved saved = this.service.record(user, id, form);
			return savedRedirect(id, saved, "contactNote.saved", "new", redirect);
		}
	}

	private String alreadySaved(Long personId, Long noteId, RedirectAttributes redirect) {
		return savedRedirect(personId, new ContactNoteService.Saved(noteId, List.of()), "contactNote.alreadySaved",
				"new", redirect);
	}

	@GetMapping("/{noteId}")
	String show(@PathVariable Long id, @PathVariable Long noteId, Model model) {
		model.addAttribute("view", this.service.view(CurrentUser.get(), id, noteId));
		return "contacts/show";
	}

	@GetMapping("/{noteId}/correct")
	String correctForm(@PathVariable Long id, @PathVariable Long noteId, Model model) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.service.personForRecording(user, id);
		ContactNote note = this.service.getForCorrection(user, person, noteId);
		model.addAttribute("form", ContactNoteForm.from(note, this.service.zone()));
		return formView(person, note, model);
	}

	@PostMapping("/{noteId}/correct")
	String correct(@PathVariable Long id, @PathVariable Long noteId,
			@Valid @ModelAttribute("form") ContactNoteForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		KeyworkUser user = CurrentUser.get();
		ServiceUser person = this.service.personForRecording(user, id);
		ContactNote note = this.service.getForCorrection(user, person, noteId);
		form.validate(result, this.service.now(), true);
		if (result.hasErrors()) {
			return formView(person, note, model);
		}
		try {
			ContactNoteService.Saved saved = this.service.correct(user, id, noteId, form);
			return savedRedirect(id, saved, "contactNote.corrected", String.valueOf(noteId), redirect);
		}
		catch (StaleNoteException ex) {
			// keep everything typed; a second, deliberate save applies it over the newer
			// version
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			form.setVersion(ex.getCurrent().getVersion());
			return formView(person, ex.getCurrent(), model);
		}
	}

	private String savedRedirect(Long personId, ContactNoteService.Saved saved, String code, String draft,
			RedirectAttributes redirect) {
		FlashMessage.success(redirect, code);
		if (!saved.flags().isEmpty()) {
			redirect.addFlashAttribute("languageFlags", saved.flags());
		}
		redirect.addFlashAttribute("clearDraft", draftKey(CurrentUser.get().getId(), personId, draft));
		return "redirect:/service-users/" + personId + "/contact-notes/" + saved.noteId();
	}

	private String formView(ServiceUser person, ContactNote correcting, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("correcting", correcting);
		model.addAttribute("types", ContactType.values());
		model.addAttribute("withheldReasons", WithholdReason.values());
		if (correcting == null) {
			// the open steps and what other capabilities add: one statement
			Batch batch = this.batches.start();
			Later<List<ContactNoteService.OpenStep>> openSteps = this.service.openSteps(CurrentUser.get(), person,
					batch);
			Later<List<NoteAddition.Part>> additions = this.service.additions(CurrentUser.get(), person, batch);
			model.addAttribute("openSteps", openSteps.get());
			model.addAttribute("stepStatuses", StepStatus.values());
			model.addAttribute("additions", additions.get());
		}
		model.addAttribute("draftKey", draftKey(CurrentUser.get().getId(), person.getId(),
				correcting == null ? "new" : String.valueOf(correcting.getId())));
		model.addAttribute("draftSession", draftSession());
		return FORM;
	}

	/**
	 * A random token for this signed-in session (never the session id), kept in the
	 * session: a draft the browser keeps carries it, and a form opened in another session
	 * discards the draft, so a draft expires with the session that wrote it.
	 */
	static String draftSession() {
		HttpSession session = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest()
			.getSession();
		if (!(session.getAttribute(DRAFT_SESSION) instanceof String token)) {
			byte[] random = new byte[18];
			RANDOM.nextBytes(random);
			String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
			session.setAttribute(DRAFT_SESSION, fresh);
			return fresh;
		}
		return token;
	}

	/**
	 * Where the browser keeps a draft of this form (localStorage): per account, so a
	 * shared device never offers one worker's draft to another, and per person and note
	 * ("new" for a new note).
	 */
	static String draftKey(Long accountId, Long personId, String which) {
		return "keywork.contact-note." + accountId + "." + personId + "." + which;
	}

}
