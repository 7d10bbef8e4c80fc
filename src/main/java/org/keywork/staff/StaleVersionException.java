package org.keywork.staff;

/**
 * The record changed since the administrator opened the form: nothing is saved and the
 * form is shown again, with the administrator's input, as a 409.
 */
class StaleVersionException extends RuntimeException {

	StaleVersionException(String what, Long id) {
		super(what + " " + id + " changed since the form was opened");
	}

}
