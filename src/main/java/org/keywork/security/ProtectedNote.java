package org.keywork.security;

/**
 * What the access policy needs to know about a note in a person's record (a contact note
 * now, other notes later) to decide who may read it. Implemented by the note entities, so
 * the policy depends on no capability package.
 */
public interface ProtectedNote {

	Long getAuthorId();

	/**
	 * Restricted: only the author, the person's keyworker and the managers of the
	 * person's team may read it.
	 */
	boolean isRestricted();

	/**
	 * Shared with the person (the default); withholding is a recorded decision with a
	 * reason.
	 */
	boolean isShared();

}
