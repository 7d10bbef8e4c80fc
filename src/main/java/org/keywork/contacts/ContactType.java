package org.keywork.contacts;

/**
 * How the contact happened. Every kind counts as contact for the weekly rule except an
 * attempt with no answer.
 */
enum ContactType {

	HOME_VISIT, PHONE_CALL, VIDEO_CALL, TEXT_MESSAGE, OFFICE_MEETING, OUTREACH, INFORMAL_ACTIVITY,
	ACCOMPANIED_APPOINTMENT, GROUP_SESSION,
	/**
	 * An attempted visit or call that did not reach the person: recorded, but not a
	 * successful contact.
	 */
	ATTEMPTED_NO_ANSWER;

	public boolean isSuccessful() {
		return this != ATTEMPTED_NO_ANSWER;
	}

}
