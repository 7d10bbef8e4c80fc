package org.keywork.withholding;

import java.time.Instant;

/**
 * One thing withheld from the person it is about.
 *
 * @param item RECORD (a whole support record), FACTOR (one Safety &amp; Wellbeing Plan
 * factor), NOTE or NOTE_DETAIL (a staff-only detail of a shared note)
 * @param what the record kind, the factor's category code, or the contact type
 * @param ref the factor id or note id, for the link
 */
record WithheldItem(String item, Long personId, String personName, String what, String ref, String reason,
		String detail, Instant since) {

	/** Where the item can be read and, by its author or the team, shared again. */
	public String link() {
		return switch (this.item) {
			case "RECORD" -> "/service-users/" + this.personId + "/" + slug(this.what);
			case "FACTOR" -> "/service-users/" + this.personId + "/safety-plan#factor-" + this.ref;
			default -> "/service-users/" + this.personId + "/contact-notes/" + this.ref;
		};
	}

	private static String slug(String kind) {
		return switch (kind) {
			case "OVERVIEW" -> "support-overview";
			case "SAFETY_PLAN" -> "safety-plan";
			default -> "action-plan";
		};
	}

}
