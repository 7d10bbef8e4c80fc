package org.keywork.security;

/**
 * What a canary is planted in, one constant for each kind of content some reader must not
 * see (or must see): {@link CanaryPlanting} plants them, {@link CanaryRows} writes the
 * rows, {@link VisibilityCanaryTests} looks for them on every page. Its text is
 * {@code CANARY-<NAME>-<run>}.
 */
enum Canary {

	/** The text of a shared, unrestricted note by the keyworker. */
	SHARED_NOTE,
	/** The staff-only detail (third-party information) of that shared note. */
	STAFF_ONLY_DETAIL,
	/**
	 * The staff-only detail of an earlier (shared, unrestricted) version of that note.
	 */
	VERSION_STAFF_ONLY_DETAIL,
	/** The text of a restricted note, shared with the person, by the keyworker. */
	RESTRICTED_NOTE,
	/** A link to that restricted note (so its existence, as on a timeline). */
	RESTRICTED_NOTE_LINK,
	/** The reason that note is restricted. */
	RESTRICTED_REASON,
	/** The text of a note withheld from the person (not restricted). */
	WITHHELD_NOTE,
	/** The withholding detail of that note. */
	WITHHELD_REASON,
	/** A link to that withheld note (so its existence, as on a timeline). */
	WITHHELD_NOTE_LINK,
	/**
	 * The current text of a note whose restriction was lifted by a correction (now
	 * shared, unrestricted).
	 */
	LIFTED_NOTE,
	/** The text of that note's earlier version, written restricted (and shared). */
	RESTRICTED_VERSION,
	/** The restricting reason of that earlier version. */
	VERSION_RESTRICTED_REASON,
	/** The text of an earlier version, withheld then, of a note shared now. */
	WITHHELD_VERSION_NOTE,
	/**
	 * The aspirations of the Support Overview's latest version, which is withheld.
	 */
	WITHHELD_RECORD,
	/** The withholding detail of that Support Overview version. */
	RECORD_WITHHELD_REASON,
	/**
	 * The history line (agreed, with a comment) of that withheld Support Overview
	 * version.
	 */
	HISTORY_WITHHELD_RECORD,
	/**
	 * A goal of an Action Plan version withheld when it was current (a later, shared
	 * version replaced it).
	 */
	WITHHELD_WHEN_CURRENT_VERSION,
	/** The history line (agreed, with a comment) of that Action Plan version. */
	HISTORY_WITHHELD_VERSION,
	/** A shared Safety &amp; Wellbeing Plan factor (own health). */
	SHARED_FACTOR,
	/** A shared staff-safety factor: the banner peers get on the person's pages. */
	STAFF_SAFETY_BANNER,
	/** A staff-safety factor withheld in the latest Safety &amp; Wellbeing Plan. */
	WITHHELD_FACTOR,
	/** The withholding detail of that factor. */
	FACTOR_WITHHELD_REASON,
	/**
	 * A factor's description in an earlier version, where it was shared; withheld in the
	 * latest version.
	 */
	FACTOR_WITHHELD_LATER,
	/**
	 * A history line of the Safety &amp; Wellbeing Plan about the withheld factor.
	 */
	HISTORY_LINE,
	/**
	 * The name of a staff member of the team who is not the keyworker, who agreed the
	 * (shared) Action Plan: named only in that plan's history.
	 */
	STAFF_NAME_IN_HISTORY,
	/** The name of a Cycle of Change issue, shared with the person. */
	CYCLE_SHARED_ISSUE,
	/** The name of a Cycle of Change issue withheld from the person (third party). */
	CYCLE_WITHHELD_ISSUE,
	/** What the person said at a stage of that withheld issue. */
	CYCLE_WITHHELD_WORDS,
	/** The withholding detail of that issue. */
	CYCLE_WITHHELD_REASON,
	/** The note on an area of a shared star reading (the latest shared one). */
	STAR_SHARED_NOTE,
	/** The note on an area of a star reading withheld from the person. */
	STAR_WITHHELD_NOTE,
	/** The withholding detail of that star reading. */
	STAR_WITHHELD_REASON,
	/**
	 * A wellbeing reading shared with the person (its row and timeline link): for readers
	 * who may see outcome measures (ADR 012).
	 */
	SHARED_WELLBEING_READING,
	/** A wellbeing reading withheld from the person (its row and timeline link). */
	WITHHELD_WELLBEING_READING,
	/** The withholding detail of that reading. */
	WELLBEING_WITHHELD_REASON,
	/**
	 * What a coming appointment shared with the person is for: for staff, the person, and
	 * a peer whose link includes the notes.
	 */
	APPOINTMENT_SHARED,
	/** What a coming appointment withheld from the person is for (and where). */
	APPOINTMENT_WITHHELD,
	/** The reason of a referral shared with the person. */
	SHARED_REFERRAL_REASON,
	/** The reason of a referral withheld from the person. */
	WITHHELD_REFERRAL_REASON,
	/** The withholding detail of that referral. */
	REFERRAL_WITHHELD_DETAIL,
	/**
	 * What a team callover agreed about Jamie: staff reflective practice, for the team's
	 * staff only (never the person or a peer).
	 */
	CALLOVER_AGREED,
	/**
	 * The note of a group session Jamie came to: for the team's staff (on Jamie's
	 * timeline), never for the person or a peer.
	 */
	GROUP_SESSION_NOTE,
	/**
	 * The name of another person who came to that session: never on Jamie's timeline or
	 * portal.
	 */
	GROUP_OTHER_ATTENDEE,
	/** The address of the current accommodation episode, shared with the person. */
	HOUSING_SHARED_ADDRESS,
	/** The address of an earlier episode withheld from the person (a refuge). */
	HOUSING_WITHHELD_ADDRESS,
	/** Why they left that withheld episode. */
	HOUSING_WITHHELD_LEAVING,
	/**
	 * The note on an item of the moving-in checklist: shared with the person as a whole
	 * (ADR 013), never a peer's.
	 */
	MOVING_IN_NOTE,
	/** The notes of a welfare benefit shared with the person. */
	BENEFIT_SHARED_NOTE,
	/** The notes of a welfare benefit withheld from the person. */
	BENEFIT_WITHHELD_NOTE,
	/**
	 * The name of that withheld benefit (another benefit, stopped: the early warning
	 * names it to staff, never to the person).
	 */
	BENEFIT_WITHHELD_NAME,
	/** What was said in a complaint shared with the person. */
	COMPLAINT_SHARED_WORDS,
	/** Who made that complaint: a staff-only detail (ADR 016). */
	COMPLAINT_THIRD_PARTY,
	/** A weekly reflection with the landlord on that complaint. */
	COMPLAINT_REFLECTION,
	/** What was said in a complaint withheld from the person. */
	COMPLAINT_WITHHELD_WORDS,
	/**
	 * Why a rent entry was cancelled: written by staff; the person reads "Entered in
	 * error" (ADR 014).
	 */
	RENT_CANCEL_REASON,
	/**
	 * A note on a step of the early-warning checklist: the team's staff only (ADR 015).
	 * Planted on the first open early warning of Jamie's team (Peggy's, where the
	 * early-warning routes are called).
	 */
	EARLY_WARNING_NOTE;

	String text() {
		return "CANARY-" + name().replace('_', '-') + "-" + CanaryPlanting.RUN;
	}

}
