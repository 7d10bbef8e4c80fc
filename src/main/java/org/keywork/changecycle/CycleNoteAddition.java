package org.keywork.changecycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.keywork.database.Batch;
import org.keywork.database.Later;
import org.keywork.contacts.NoteAddition;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;

/**
 * The motivational-interviewing prompt on a new contact note: "Did the person move on the
 * cycle of change?" One of the person's open issues, the new stage and what they said,
 * recorded in the note's transaction with the note's date and linked to the note. Only
 * for staff who may record outcomes: a peer is not offered it, and a forged post by one
 * is refused (and the note with it).
 */
@Component
class CycleNoteAddition implements NoteAddition {

	static final String ISSUE = "cycleIssue";

	static final String STAGE = "cycleStage";

	static final String WORDS = "cycleWords";

	private final CycleOfChange cycle;

	CycleNoteAddition(CycleOfChange cycle) {
		this.cycle = cycle;
	}

	@Override
	public Optional<Part> part(KeyworkUser user, ServiceUser person) {
		return part(this.cycle.openIssues(user, person));
	}

	@Override
	public Later<Optional<Part>> part(KeyworkUser user, ServiceUser person, Batch batch) {
		return this.cycle.openIssues(user, person, batch).map(CycleNoteAddition::part);
	}

	private static Optional<Part> part(List<Issue> open) {
		if (open.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Part("changecycle/note-fields", "fields", new Fields(open, List.of(Stage.values()))));
	}

	@Override
	public void validate(KeyworkUser user, ServiceUser person, Map<String, String> values, Errors errors) {
		String issue = values.get(ISSUE);
		String stage = values.get(STAGE);
		String words = values.get(WORDS);
		if (!StringUtils.hasText(issue) && !StringUtils.hasText(stage) && !StringUtils.hasText(words)) {
			return;
		}
		if (!this.cycle.canRecord(user, person)) {
			// not offered to this account: refused when recorded
			return;
		}
		Long issueId = parseId(issue);
		if (issueId == null
				|| this.cycle.openIssues(user, person).stream().noneMatch(open -> open.id().equals(issueId))) {
			errors.rejectValue(field(ISSUE), "changecycle.note.issue.required");
		}
		if (parseStage(stage) == null) {
			errors.rejectValue(field(STAGE), "changecycle.note.stage.required");
		}
		if (words != null && words.length() > 2000) {
			errors.rejectValue(field(WORDS), "changecycle.words.size");
		}
	}

	@Override
	public void record(KeyworkUser user, ServiceUser person, Long noteId, LocalDate contactOn,
			Map<String, String> values) {
		String issue = values.get(ISSUE);
		String stage = values.get(STAGE);
		if (!StringUtils.hasText(issue) && !StringUtils.hasText(stage) && !StringUtils.hasText(values.get(WORDS))) {
			return;
		}
		if (!this.cycle.canRecord(user, person)) {
			throw new AccessDeniedException("Cannot record stages of change for " + person.getId());
		}
		Stage parsed = parseStage(stage);
		if (parsed == null) {
			throw new IllegalArgumentException("No stage of change given");
		}
		this.cycle.recordStage(user, person, parseId(issue), parsed, contactOn, values.get(WORDS), noteId);
	}

	private static String field(String key) {
		return "additions[" + key + "]";
	}

	private static Long parseId(String value) {
		try {
			return StringUtils.hasText(value) ? Long.valueOf(value.strip()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static Stage parseStage(String value) {
		for (Stage stage : Stage.values()) {
			if (stage.name().equals(value)) {
				return stage;
			}
		}
		return null;
	}

	/** The person's open issues and the stages, for the note form. */
	public record Fields(List<Issue> issues, List<Stage> stages) {
	}

}
