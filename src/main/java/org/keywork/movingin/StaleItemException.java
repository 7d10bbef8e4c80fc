package org.keywork.movingin;

/** The item (of a checklist or of the template) changed since it was read. */
class StaleItemException extends RuntimeException {

	StaleItemException(Long id) {
		super("Moving-in item " + id + " changed since it was read");
	}

}
