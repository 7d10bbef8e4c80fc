package org.keywork.contacts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.keywork.database.Batch;
import org.keywork.database.Batches;
import org.keywork.database.Later;
import org.keywork.language.LanguageCheck;
import org.keywork.language.LanguageFlag;
import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;
import org.keywork.security.NoteReadRule;
import org.keywork.security.Role;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.serviceusers.ServiceUserService;
import org.keywork.support.ActionPlanContent;
import org.keywork.support.RecordKind;
import org.keywork.support.StepStatus;
import org.keywork.support.SupportRecordChanges;
import org.keywork.support.SupportRecordService;
import org.keywork.web.Dates;
import org.keywork.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Records, shows and corrects contact notes. The person is always loaded through
 * {@link ServiceUserService#get(KeyworkUser, Long)}; who may read a (restricted or
 * withheld) note is decided by {@link AccessPolicy#canReadNote}. A note the account may
 * not read is answered exactly like one that does not exist.
 */
@Service
@Transactional(readOnly = true)
class ContactNoteService {

	private static final Logger log = LoggerFactory.getLogger(ContactNoteService.class);

	/**
	 * A condition that the note {@code :note} of the person {@code :person} is readable
	 * by the {@link NoteReadRule} bound with {@link #ifReadable}.
	 */
	private static final String READABLE_NOTE = """
			exists (select 1 from contact_note n where n.id = :note and n.service_user_id = :person
			        and """ + NoteReadRule.predicate() + ")\n";

	private final ServiceUserService people;

	private final AccessPolicy policy;

	private final ContactNoteRepository notes;

	private final ContactNoteVersionRepository versions;

	private final LanguageCheck language;

	private final Clock clock;

	private final ZoneId zone;

	private final SupportRecordService plans;

	private final SupportRecordChanges planChanges;

	private final List<NoteAddition> additions;

	private final Batches batches;

	ContactNoteService(ServiceUserService people, AccessPolicy policy, ContactNoteRepository notes,
			ContactNoteVersionRepository versions, LanguageCheck language, Clock clock, Dates dates,
			SupportRecordService plans, SupportRecordChanges planChanges, List<NoteAddition> additions,
			Batches batches) {
		this.batches = batches;
		this.plans = plans;
		this.planChanges = planChanges;
		this.additions = additions;
		this.people = people;
		this.policy = policy;
		this.notes = notes;
		this.versions = versions;
		this.language = language;
		this.clock = clock;
		this.zone = dates.zone();
	}

	/**
	 * The person, if this account may record a contact with them: 404 if out of reach,
	 * 403 if read-only.
	 */
	ServiceUser personForRecording(KeyworkUser user, Long personId) {
		ServiceUser person = this.people.get(user, personId);
		if (!this.policy.canRecordContact(user, person)) {
			throw new AccessDeniedException("Cannot record contact for " + personId);
		}
		return person;
	}

	LocalDateTime now() {
		return LocalDateTime.now(this.clock.withZone(this.zone));
	}

	ZoneId zone() {
		return this.zone;
	}

	@Transactional
	Saved record(KeyworkUser user, Long personId, ContactNoteForm form) {
		personForRecording(user, personId);
		ContactNote note = new ContactNote(personId, user.getId(), user.hasRole(Role.PEER), form.toContent(this.zone),
				this.clock.instant(), form.getSubmissionKey());
		// the insert happens here (identity ids): a concurrent save of the same form
		// fails
		// on the unique submission key before anything else is written
		this.notes.saveAndFlush(note);
		log.info("Contact note {} recorded for service user {} by account {}", note.getId(), personId, user.getId());
		recordStepProgress(user, personId, form);
		ServiceUser person = this.people.get(user, personId);
		LocalDate contactOn = form.getContactAt().toLocalDate();
		this.additions.forEach(addition -> addition.record(user, person, note.getId(), contactOn, form.getAdditions()));
		return new Saved(note.getId(), this.language.check(form.allText()));
	}

	/**
	 * The note this account already saved for this person from the form with this key, if
	 * any: a form sent twice (a double click, a resend after a dropped signal) saves one
	 * note.
	 */
	Optional<Long> alreadySaved(KeyworkUser user, Long personId, UUID submissionKey) {
		if (submissionKey == null) {
			return Optional.empty();
		}
		return this.notes.findByAuthorIdAndSubmissionKey(user.getId(), submissionKey)
			.filter(note -> note.getServiceUserId().equals(personId))
			.map(ContactNote::getId);
	}

	/** What other capabilities offer to record with a new note, for this account. */
	List<NoteAddition.Part> additions(KeyworkUser user, ServiceUser person) {
		return this.additions.stream().flatMap(addition -> addition.part(user, person).stream()).toList();
	}

	/** {@link #additions(KeyworkUser, ServiceUser)}, read with the rest of the batch. */
	Later<List<NoteAddition.Part>> additions(KeyworkUser user, ServiceUser person, Batch batch) {
		List<Later<Optional<NoteAddition.Part>>> parts = this.additions.stream()
			.map(addition -> addition.part(user, person, batch))
			.toList();
		return Later.from(() -> parts.stream().flatMap(part -> part.get().stream()).toList());
	}

	/** Their checks of what was typed for them. */
	void validateAdditions(KeyworkUser user, ServiceUser person, ContactNoteForm form, Errors errors) {
		this.additions.forEach(addition -> addition.validate(user, person, form.getAdditions(), errors));
	}

	/**
	 * Progress on Action Plan steps recorded with the note. Only staff who may change the
	 * person's records can; each step that changes is written to the plan's own history.
	 */
	private void recordStepProgress(KeyworkUser user, Long personId, ContactNoteForm form) {
		form.getStepProgress().forEach((stepId, status) -> {
			if (status != null) {
				this.planChanges.updateStep(user, personId, stepId, status, null);
			}
		});
	}

	/**
	 * Open steps of the person's current Action Plan, for the note form; empty for
	 * readers who cannot change it.
	 */
	List<OpenStep> openSteps(KeyworkUser user, ServiceUser person) {
		if (!this.plans.canChange(user, person)) {
			return List.of();
		}
		return this.plans.<ActionPlanContent>latest(user, person, RecordKind.ACTION_PLAN)
			.map(view -> view.content()
				.getGoals()
				.stream()
				.flatMap(goal -> goal.getSteps()
					.stream()
					.filter(step -> !step.getStatus().isClosed())
					.map(step -> new OpenStep(step.getId(), step.getWhat(), goal.getGoal(), step.getStatus())))
				.toList())
			.orElse(List.of());
	}

	/** {@link #openSteps(KeyworkUser, ServiceUser)}, read with the rest of the batch. */
	Later<List<OpenStep>> openSteps(KeyworkUser user, ServiceUser person, Batch batch) {
		if (!this.plans.canChange(user, person)) {
			return Later.of(List.of());
		}
		return this.plans.<ActionPlanContent>latest(user, person, RecordKind.ACTION_PLAN, batch)
			.map(plan -> plan.map(view -> openSteps(view.content())).orElse(List.of()));
	}

	private static List<OpenStep> openSteps(ActionPlanContent plan) {
		return plan.getGoals()
			.stream()
			.flatMap(goal -> goal.getSteps()
				.stream()
				.filter(step -> !step.getStatus().isClosed())
				.map(step -> new OpenStep(step.getId(), step.getWhat(), goal.getGoal(), step.getStatus())))
			.toList();
	}

	/** An open step offered on the note form. */
	record OpenStep(String id, String what, String goal, StepStatus status) {
	}

	/** The note, if this account may read it. */
	ContactNote get(KeyworkUser user, ServiceUser person, Long noteId) {
		return readable(user, person, noteId, this.notes.findByIdAndServiceUserId(noteId, person.getId()));
	}

	private ContactNote readable(KeyworkUser user, ServiceUser person, Long noteId, Optional<ContactNote> found) {
		ContactNote note = found.orElseThrow(() -> new NotFoundException("Contact note", noteId));
		if (!this.policy.canReadNote(user, person, note)) {
			log.info("Refused: account {} reading contact note {}", user.getId(), noteId);
			throw new NotFoundException("Contact note", noteId);
		}
		return note;
	}

	NoteView view(KeyworkUser user, Long personId, Long noteId) {
		ServiceUser person = this.people.get(user, personId);
		NoteReadRule rule = this.policy.noteRule(user, person);
		// the note, its earlier versions and the names of everyone who wrote it: one
		// statement. The versions and the names are read only if the note is readable by
		// the rule (checked in SQL first, then in Java on the note, as get() does)
		Batch batch = this.batches.start();
		Later<Optional<ContactNote>> found = batch
			.sql("select * from contact_note where id = ? and service_user_id = ?")
			.params(noteId, person.getId())
			.optional(ContactNote::fromRow);
		Later<List<ContactNoteVersion>> versions = ifReadable(batch.sql("""
				select * from contact_note_version where contact_note_id = :note and
				""" + READABLE_NOTE + """
				order by revision desc
				"""), noteId, person, rule).query(ContactNoteVersion::fromRow);
		Later<List<Map.Entry<Long, String>>> writers = ifReadable(batch.sql("""
				select a.id, a.display_name from account a
				where a.id in (select n.author_id from contact_note n where n.id = :note
				               union select n.corrected_by from contact_note n where n.id = :note
				               union select v.recorded_by from contact_note_version v where v.contact_note_id = :note)
				  and
				""" + READABLE_NOTE), noteId, person, rule)
			.query((rs, i) -> Map.entry(rs.getLong("id"), rs.getString("display_name")));
		ContactNote note = readable(user, person, noteId, found.get());
		// an earlier version is readable only if it was readable under its own flags too
		// (ADR 008)
		List<ContactNoteVersion> earlier = versions.get()
			.stream()
			.filter(v -> rule.test(note.getAuthorId(), v.getContent().isRestricted(), v.getContent().isShared()))
			.toList();
		Set<Long> ids = new HashSet<>();
		ids.add(note.getAuthorId());
		ids.add(note.getCorrectedBy());
		earlier.forEach(v -> ids.add(v.getRecordedBy()));
		ids.removeIf(id -> !this.policy.mayName(user, person, id));
		Map<Long, String> names = new HashMap<>();
		writers.get().stream().filter(w -> ids.contains(w.getKey())).forEach(w -> names.put(w.getKey(), w.getValue()));
		return new NoteView(person, note, names, earlier, this.policy.canCorrectNote(user, person, note),
				rule.seesStaffOnlyDetail(note.getAuthorId()));
	}

	private static Batch.Query ifReadable(Batch.Query query, Long noteId, ServiceUser person, NoteReadRule rule) {
		query.param("note", noteId).param("person", person.getId());
		rule.parameters().forEach(query::param);
		return query;
	}

	/**
	 * The note for a correction form: 404 if unreadable, 403 if readable but not the
	 * account's to correct.
	 */
	ContactNote getForCorrection(KeyworkUser user, ServiceUser person, Long noteId) {
		ContactNote note = get(user, person, noteId);
		if (!this.policy.canCorrectNote(user, person, note)) {
			throw new AccessDeniedException("Cannot correct contact note " + noteId);
		}
		return note;
	}

	@Transactional
	Saved correct(KeyworkUser user, Long personId, Long noteId, ContactNoteForm form) {
		ServiceUser person = this.people.get(user, personId);
		ContactNote note = getForCorrection(user, person, noteId);
		if (!Objects.equals(form.getVersion(), note.getVersion())) {
			throw new StaleNoteException(note);
		}
		this.versions.save(note.correct(form.toContent(this.zone), form.getCorrectionReason().trim(), user.getId(),
				this.clock.instant()));
		this.notes.saveAndFlush(note);
		log.info("Contact note {} corrected (revision {}) by account {}", noteId, note.getRevision(), user.getId());
		return new Saved(noteId, this.language.check(form.allText()));
	}

	record Saved(Long noteId, List<LanguageFlag> flags) {
	}

	/**
	 * A note with the names a reader needs and every earlier version this reader may
	 * read, newest first; {@code staffOnly}: whether the reader sees staff-only details
	 * and the reasons for withholding and restricting.
	 */
	public record NoteView(ServiceUser person, ContactNote note, Map<Long, String> names,
			List<ContactNoteVersion> earlier, boolean canCorrect, boolean staffOnly) {

		public String name(Long accountId) {
			return accountId == null ? null : this.names.get(accountId);
		}

	}

}
