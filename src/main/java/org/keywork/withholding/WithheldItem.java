package org.keywork.withholding;

import java.time.Instant;

/**
 * One thing withheld from the person it is about.
 *
 * @param item RECORD (a whole support record), FACTOR (one Safety &amp; Wellbeing Plan
 * factor), NOTE or NOTE_DETAIL (a staff-only detail of a shared note), STAR (a star
 * reading), WELLBEING (a wellbeing score), CYCLE (a Cycle of Change issue), COMPLAINT,
 * BENEFIT (a welfare benefit) or HOUSING (an accommodation episode)
 * @param what the record kind, the factor's category code, the contact type, the
 * measure's name, the scale's code or the name
 * @param ref the factor, note, reading or issue id, for the link
 */
record WithheldItem(String item, Long personId, String personName, String what, String ref, String reason,
		String detail, Instant since) {

	/** Where the item can be read and, by its author or the team, shared again. */
	public String link() {
		return switch (this.item) {
			case "RECORD" -> "/service-users/" + this.personId + "/" + slug(this.what);
			case "FACTOR" -> "/service-users/" + this.personId + "/safety-plan#factor-" + this.ref;
			case "STAR" -> "/service-users/" + this.personId + "/outcomes/" + this.ref;
			case "WELLBEING" -> "/service-users/" + this.personId + "/wellbeing#wellbeing-reading-" + this.ref;
			case "CYCLE" -> "/service-users/" + this.personId + "/cycle-of-change#issue-" + this.ref;
			case "COMPLAINT" -> "/service-users/" + this.personId + "/complaints/" + this.ref;
			case "BENEFIT" -> "/service-users/" + this.personId + "/benefits/" + this.ref + "/edit";
			case "HOUSING" -> "/service-users/" + this.personId + "/accommodation#episode-" + this.ref;
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
