package org.keywork.contacts;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.keywork.database.Batch;
import org.keywork.database.Later;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;

import org.springframework.validation.Errors;

/**
 * Something another capability records in the same submit as a new contact note (a stage
 * of change, say), so that the note form does not depend on it (the same idea as
 * {@code PersonPageSection}). Its fields are posted as {@code additions[key]} of the note
 * form; it validates them (rejecting {@code additions[key]}, so the note's input is kept)
 * and records them in the note's transaction, linked to the note.
 */
public interface NoteAddition {

	/**
	 * What to show on a new note's form for this account, or empty (a peer, nothing to
	 * record): the Thymeleaf {@code template} and {@code fragment}, called with the
	 * person, {@code data} and the values typed so far.
	 */
	Optional<Part> part(KeyworkUser user, ServiceUser person);

	/**
	 * {@link #part(KeyworkUser, ServiceUser)} with its reads registered in the form's
	 * batch, so that every addition is read in one statement; by default read on its own.
	 */
	default Later<Optional<Part>> part(KeyworkUser user, ServiceUser person, Batch batch) {
		return Later.from(() -> part(user, person));
	}

	/** Checks what was typed; {@code values} are the note form's additions. */
	void validate(KeyworkUser user, ServiceUser person, Map<String, String> values, Errors errors);

	/** Records it with the note just saved (nothing when the fields were left empty). */
	void record(KeyworkUser user, ServiceUser person, Long noteId, LocalDate contactOn, Map<String, String> values);

	/** A fragment of the note form and its data. */
	record Part(String template, String fragment, Object data) {
	}

}
