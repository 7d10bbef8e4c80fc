package org.keywork.groups;

/** The group was changed by someone else since it was read. */
class StaleGroupException extends RuntimeException {

	StaleGroupException(Long id) {
		super("Group " + id + " changed since it was read");
	}

}
