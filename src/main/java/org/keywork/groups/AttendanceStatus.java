package org.keywork.groups;

/** Whether an invited person came to a session. */
enum AttendanceStatus {

	ATTENDED, APOLOGIES, DID_NOT_ATTEND

}
