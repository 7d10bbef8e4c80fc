package org.keywork.preferences;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.keywork.database.Batch;
import org.keywork.database.Later;
import org.keywork.contacts.NoteAddition;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * A short summary of how the person likes to be supported on the new contact-note form
 * (one query), for whoever may see the preferences. It only shows: nothing is posted,
 * validated or recorded with the note.
 */
@Component
@Order(0)
class PreferencesNoteAddition implements NoteAddition {

	private final Preferences preferences;

	PreferencesNoteAddition(Preferences preferences) {
		this.preferences = preferences;
	}

	@Override
	public Optional<Part> part(KeyworkUser user, ServiceUser person) {
		return this.preferences.of(user, person)
			.filter(prefs -> !prefs.isBlank())
			.map(prefs -> new Part("preferences/summary", "noteAside", prefs));
	}

	@Override
	public Later<Optional<Part>> part(KeyworkUser user, ServiceUser person, Batch batch) {
		return this.preferences.of(user, person, batch)
			.map(found -> found.filter(prefs -> !prefs.isBlank())
				.map(prefs -> new Part("preferences/summary", "noteAside", prefs)));
	}

	@Override
	public void validate(KeyworkUser user, ServiceUser person, Map<String, String> values, Errors errors) {
		// nothing posted
	}

	@Override
	public void record(KeyworkUser user, ServiceUser person, Long noteId, LocalDate contactOn,
			Map<String, String> values) {
		// nothing recorded
	}

}
