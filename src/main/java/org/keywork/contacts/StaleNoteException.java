package org.keywork.contacts;

/**
 * The correction was typed against an older version of the note than the one now saved.
 */
class StaleNoteException extends RuntimeException {

	private final transient ContactNote current;

	StaleNoteException(ContactNote current) {
		super("Contact note " + current.getId() + " changed since the form was opened");
		this.current = current;
	}

	ContactNote getCurrent() {
		return this.current;
	}

}
