package org.keywork.referrals;

/** The kinds of record a person may agree to share. */
public enum SharedRecordKind {

	PERSONAL_DETAILS, SUPPORT_OVERVIEW, ACTION_PLAN, SAFETY_PLAN, CONTACT_NOTES, OUTCOMES

}
