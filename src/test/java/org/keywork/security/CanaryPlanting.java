package org.keywork.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What {@link VisibilityCanaryTests} plants on Jamie Brooks' record: a unique string (a
 * {@link Canary}) in every kind of content some reader must not see, and in content some
 * reader must see. Plain SQL, run inside the caller's transaction, which the caller rolls
 * back; only the accounts the demo lacks are kept ({@link #createMissingAccounts}).
 */
final class CanaryPlanting {

	/**
	 * A peer linked to Jamie with the narrowest scope (ACTION_PLAN): no notes, no Support
	 * Overview.
	 */
	static final String NARROW_PEER = "canary-narrow-peer";

	/** A peer of the team whose link to Jamie has ended. */
	static final String ENDED_PEER = "canary-ended-peer";

	/**
	 * A worker of the team, not Jamie's keyworker, whose display name is
	 * {@link Canary#STAFF_NAME_IN_HISTORY}.
	 */
	static final String STAFF_MEMBER = "canary-staff";

	/**
	 * One run's canaries share this suffix, so a string left over from another run can
	 * never be mistaken for one.
	 */
	static final String RUN = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);

	/** What a canary is planted in. Its text is {@code CANARY-<NAME>-<run>}. */
	enum Canary {

		/** The text of a shared, unrestricted note by the keyworker. */
		SHARED_NOTE,
		/** The staff-only detail (third-party information) of that shared note. */
		STAFF_ONLY_DETAIL,
		/**
		 * The staff-only detail of an earlier (shared, unrestricted) version of that
		 * note.
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
		 * A factor's description in an earlier version, where it was shared; withheld in
		 * the latest version.
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
		 * A wellbeing reading shared with the person (its row and timeline link): for
		 * readers who may see outcome measures (ADR 012).
		 */
		SHARED_WELLBEING_READING,
		/** A wellbeing reading withheld from the person (its row and timeline link). */
		WITHHELD_WELLBEING_READING,
		/** The withholding detail of that reading. */
		WELLBEING_WITHHELD_REASON,
		/**
		 * What a coming appointment shared with the person is for: for staff, the person,
		 * and a peer whose link includes the notes.
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
		 * What a team callover agreed about Jamie: staff reflective practice, for the
		 * team's staff only (never the person or a peer).
		 */
		CALLOVER_AGREED,
		/**
		 * The note of a group session Jamie came to: for the team's staff (on Jamie's
		 * timeline), never for the person or a peer.
		 */
		GROUP_SESSION_NOTE,
		/**
		 * The name of another person who came to that session: never on Jamie's timeline
		 * or portal.
		 */
		GROUP_OTHER_ATTENDEE,
		/** The address of the current accommodation episode, shared with the person. */
		HOUSING_SHARED_ADDRESS,
		/** The address of an earlier episode withheld from the person (a refuge). */
		HOUSING_WITHHELD_ADDRESS,
		/** Why they left that withheld episode. */
		HOUSING_WITHHELD_LEAVING,
		/**
		 * The note on an item of the moving-in checklist: shared with the person as a
		 * whole (ADR 013), never a peer's.
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
		 * A note on a step of the early-warning checklist: the team's staff only (ADR
		 * 015). Planted on the first open early warning of Jamie's team (Peggy's, where
		 * the early-warning routes are called).
		 */
		EARLY_WARNING_NOTE;

		String text() {
			return "CANARY-" + name().replace('_', '-') + "-" + RUN;
		}

	}

	/** Factor ids, the same in every transaction of one run. */
	private static final String SHARED_FACTOR_ID = UUID.randomUUID().toString();

	private static final String BANNER_FACTOR_ID = UUID.randomUUID().toString();

	private static final String LATER_FACTOR_ID = UUID.randomUUID().toString();

	private static final String WITHHELD_FACTOR_ID = UUID.randomUUID().toString();

	private final JdbcClient jdbc;

	CanaryPlanting(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Planted plant() {
		long jamie = id("select id from service_user where legal_name = 'Jamie Brooks'");
		long worker = id("select id from account where username = 'worker'");
		// the readers the demo lacks: a peer linked with the narrowest scope, a peer
		// whose link has ended
		long narrowPeer = id("select id from account where username = '" + NARROW_PEER + "'");
		this.jdbc.sql("""
				insert into peer_link (service_user_id, peer_id, started_at, created_by, scope, consent_given_on,
				  consent_recorded_by)
				values (?, ?, now() - interval '30 days', ?, 'ACTION_PLAN', current_date - 30, ?)
				""").params(jamie, narrowPeer, worker, worker).update();
		long endedPeer = id("select id from account where username = '" + ENDED_PEER + "'");
		this.jdbc.sql("""
				insert into peer_link (service_user_id, peer_id, started_at, ended_at, created_by, ended_by, scope)
				values (?, ?, now() - interval '90 days', now() - interval '1 day', ?, ?, 'OVERVIEW')
				""").params(jamie, endedPeer, worker, worker).update();
		// the demo peer gets the widest scope, so that only the rule (not a narrow link)
		// keeps anything from them
		this.jdbc.sql("""
				update peer_link set scope = 'OVERVIEW' where service_user_id = ? and ended_at is null
				  and peer_id = (select id from account where username = 'peer')
				""").param(jamie).update();

		List<String> noteIds = new ArrayList<>();
		// a shared note with a staff-only detail, corrected: its earlier version had a
		// staff-only detail too
		long shared = note(jamie, worker, 1, Canary.SHARED_NOTE.text() + " We went to the food bank together.", true,
				null, false, null, Canary.STAFF_ONLY_DETAIL.text() + " Their neighbour told us about the debt.", 2);
		noteVersion(shared, worker, "We went to the food bank.", true, null, false, null,
				Canary.VERSION_STAFF_ONLY_DETAIL.text() + " A neighbour said something.");
		noteIds.add(String.valueOf(shared));
		// restricted (a few staff) but shared with the person
		noteIds
			.add(String.valueOf(note(jamie, worker, 2, Canary.RESTRICTED_NOTE.text() + " Talked about the court date.",
					true, null, true, Canary.RESTRICTED_REASON.text() + " Sensitive legal matter.", null, 1)));
		// withheld from the person (not restricted)
		noteIds.add(String.valueOf(note(jamie, worker, 3, Canary.WITHHELD_NOTE.text() + " Call from the landlord.",
				false, Canary.WITHHELD_REASON.text() + " Third-party information.", false, null, null, 1)));
		// written restricted, then corrected to lift the restriction
		long lifted = note(jamie, worker, 4, Canary.LIFTED_NOTE.text() + " Visit at home, all fine.", true, null, false,
				null, null, 2);
		noteVersion(lifted, worker, Canary.RESTRICTED_VERSION.text() + " Visit at home, talked about the police.", true,
				null, true, Canary.VERSION_RESTRICTED_REASON.text() + " Police matter.", null);
		noteIds.add(String.valueOf(lifted));
		// written withheld, then corrected to share it
		long nowShared = note(jamie, worker, 5, "Phone call about the rent, shared after a correction.", true, null,
				false, null, null, 2);
		noteVersion(nowShared, worker, Canary.WITHHELD_VERSION_NOTE.text() + " Phone call with the landlord.", false,
				"Third-party information.", false, null, null);
		noteIds.add(String.valueOf(nowShared));

		// the Support Overview's latest version is withheld
		int overview = latestVersion(jamie, "OVERVIEW");
		long withheldOverview = record(jamie, "OVERVIEW", overview + 1, """
				jsonb_set(coalesce(%s, '{"areas":[]}'::jsonb), '{aspirations}', to_jsonb(cast(:text as text)))
				""".formatted(content(jamie, "OVERVIEW", overview)), Map.of("text", Canary.WITHHELD_RECORD.text()),
				true, Canary.RECORD_WITHHELD_REASON.text(), worker);
		event(jamie, withheldOverview, "OVERVIEW", "AGREED", null, List.of(Canary.HISTORY_WITHHELD_RECORD.text()),
				worker);

		// an Action Plan version withheld while it was current, then replaced by a shared
		// one
		int plan = latestVersion(jamie, "ACTION_PLAN");
		String planContent = "coalesce(" + content(jamie, "ACTION_PLAN", plan) + ", '{\"goals\":[]}'::jsonb)";
		long withheldPlan = record(jamie, "ACTION_PLAN", plan + 1,
				"""
						jsonb_set(%1$s, '{goals}', coalesce(%1$s -> 'goals', '[]'::jsonb) || jsonb_build_array(
						  jsonb_build_object('id', cast(:goalId as text), 'area', 'MONEY', 'goal', cast(:text as text), 'steps', '[]'::jsonb)))
						"""
					.formatted(planContent),
				Map.of("goalId", UUID.randomUUID().toString(), "text", Canary.WITHHELD_WHEN_CURRENT_VERSION.text()),
				true, null, worker);
		event(jamie, withheldPlan, "ACTION_PLAN", "AGREED", null, List.of(Canary.HISTORY_WITHHELD_VERSION.text()),
				worker);
		long sharedPlan = record(jamie, "ACTION_PLAN", plan + 2, planContent, Map.of(), false, null, worker);

		// the Safety & Wellbeing Plan: a factor shared in one version and withheld in the
		// next, a withheld factor
		int safety = latestVersion(jamie, "SAFETY_PLAN");
		String safetyContent = "coalesce(" + content(jamie, "SAFETY_PLAN", safety) + ", '{\"factors\":[]}'::jsonb)";
		String withFactors = """
				jsonb_set(%1$s, '{factors}', coalesce(%1$s -> 'factors', '[]'::jsonb) || cast(:factors as jsonb))
				""".formatted(safetyContent);
		String sharedFactor = factor(SHARED_FACTOR_ID, "OWN_HEALTH",
				Canary.SHARED_FACTOR.text() + " Missing meals when money runs out.", false, null, null);
		String bannerFactor = factor(BANNER_FACTOR_ID, "STAFF_SAFETY",
				Canary.STAFF_SAFETY_BANNER.text() + " Visit in pairs after dark.", false, null, null);
		record(jamie, "SAFETY_PLAN", safety + 1, withFactors,
				Map.of("factors",
						"[" + sharedFactor + "," + bannerFactor + "," + factor(LATER_FACTOR_ID, "SELF_NEGLECT",
								Canary.FACTOR_WITHHELD_LATER.text() + " Told us about a relative.", false, null, null)
								+ "]"),
				false, null, worker);
		long safetyNow = record(jamie, "SAFETY_PLAN", safety + 2, withFactors, Map.of("factors", "[" + sharedFactor
				+ "," + bannerFactor + ","
				+ factor(LATER_FACTOR_ID, "SELF_NEGLECT", "Self-neglect, details withheld.", true, "THIRD_PARTY", null)
				+ ","
				+ factor(WITHHELD_FACTOR_ID, "STAFF_SAFETY",
						Canary.WITHHELD_FACTOR.text() + " A visitor has threatened staff.", true, "STAFF_SAFETY",
						Canary.FACTOR_WITHHELD_REASON.text() + " Police advice.")
				+ "]"), false, null, worker);
		event(jamie, safetyNow, "SAFETY_PLAN", "FACTOR_ADDED", WITHHELD_FACTOR_ID,
				List.of(Canary.HISTORY_LINE.text(), "WITHHELD"), worker);

		// the plan as it stands was agreed by a staff member who is not the keyworker
		// (named in its history only)
		long staffMember = id("select id from account where username = '" + STAFF_MEMBER + "'");
		event(jamie, sharedPlan, "ACTION_PLAN", "AGREED", null, List.of("Agreed at the office."), staffMember);

		// the Cycle of Change: a shared issue, and one withheld (it names someone else)
		cycleIssue(jamie, Canary.CYCLE_SHARED_ISSUE.text() + " drinking", false, null, "Thinking about it.", worker);
		cycleIssue(jamie, Canary.CYCLE_WITHHELD_ISSUE.text() + " my brother's debts", true,
				Canary.CYCLE_WITHHELD_REASON.text() + " Names his brother.",
				Canary.CYCLE_WITHHELD_WORDS.text() + " He owes money to people.", worker);
		// star readings of today: a shared one, then a withheld one (the latest for
		// staff)
		List<String> readingIds = List.of(String.valueOf(starReading(jamie, worker, false, Canary.STAR_SHARED_NOTE)),
				String.valueOf(starReading(jamie, worker, true, Canary.STAR_WITHHELD_NOTE)));
		// wellbeing readings: one shared, one withheld (with words), each known by its id
		long sharedReading = wellbeingReading(jamie, worker, 30, null);
		long withheldReading = wellbeingReading(jamie, worker, 12, Canary.WELLBEING_WITHHELD_REASON.text());

		// appointments this week: one shared, one withheld (it is with a third party)
		appointment(jamie, Canary.APPOINTMENT_SHARED.text() + " Benefits review", false, worker);
		appointment(jamie, Canary.APPOINTMENT_WITHHELD.text() + " Call with his brother's solicitor", true, worker);
		// referrals: one shared with the person, one withheld (with words)
		referral(jamie, worker, Canary.SHARED_REFERRAL_REASON.text() + " help with benefits", null);
		referral(jamie, worker, Canary.WITHHELD_REFERRAL_REASON.text() + " about his brother",
				Canary.REFERRAL_WITHHELD_DETAIL.text());
		// accommodation: where they live now (shared), and a refuge before (withheld)
		episode(jamie, worker, Canary.HOUSING_SHARED_ADDRESS.text() + " 1 High Street", null, false);
		episode(jamie, worker, Canary.HOUSING_WITHHELD_ADDRESS.text() + " the refuge",
				Canary.HOUSING_WITHHELD_LEAVING.text() + " moved on", true);

		// an item of Jamie's moving-in checklist with a note (shared with Jamie, never a
		// peer)
		movingInItem(jamie, worker, Canary.MOVING_IN_NOTE.text() + " ask the landlord about the meter");
		// benefits: one shared, one withheld and stopped (it raises the early warning)
		benefit(jamie, worker, "PIP", null, "AWARDED", Canary.BENEFIT_SHARED_NOTE.text() + " sent the form", false);
		benefit(jamie, worker, "OTHER", Canary.BENEFIT_WITHHELD_NAME.text(), "STOPPED",
				Canary.BENEFIT_WITHHELD_NOTE.text() + " about his brother", true);
		// complaints: one shared (who made it is staff only), one withheld
		long complaint = complaint(jamie, worker, Canary.COMPLAINT_SHARED_WORDS.text() + " loud music",
				Canary.COMPLAINT_THIRD_PARTY.text() + " Mrs Next Door", false);
		this.jdbc.sql("""
				insert into complaint_entry (complaint_id, kind, occurred_on, attended, text, created_by)
				values (?, 'REFLECTION', current_date, 'The landlord', ?, ?)
				""").params(complaint, Canary.COMPLAINT_REFLECTION.text() + " all quiet", worker).update();
		complaint(jamie, worker, Canary.COMPLAINT_WITHHELD_WORDS.text() + " the police called", null, true);
		// a rent entry cancelled with a reason (staff only) and a note on a step of the
		// early-warning checklist (staff only)
		this.jdbc.sql("""
				insert into rent_entry (service_user_id, entry_date, kind, amount, description, source, created_at,
				  created_by, cancelled_at, cancelled_by, cancel_reason)
				values (?, current_date - 3, 'PAYMENT', 12.34, 'Payment', 'HAND', now(), ?, now(), ?, ?)
				""").params(jamie, worker, worker, Canary.RENT_CANCEL_REASON.text() + " typed twice").update();
		this.jdbc.sql("""
				insert into early_warning_step (warning_id, step, done, who, note, recorded_at, recorded_by)
				values ((select w.id from early_warning w join service_user s on s.id = w.service_user_id
				         join team t on t.id = s.team_id
				         where t.name = 'North Housing First' and w.closed_at is null order by w.id limit 1),
				        'CHECK_BENEFITS', false, 'Keyworker', ?, now(), ?)
				on conflict (warning_id, step) do update set note = excluded.note
				""").params(Canary.EARLY_WARNING_NOTE.text() + " ask about the sanction", worker).update();

		// a callover long ago that agreed something about Jamie (staff only)
		calloverDecision(jamie, Canary.CALLOVER_AGREED.text() + " Talk to the GP about his sleep.");

		// a group session Jamie came to with someone else of the team (renamed for the
		// run)
		groupSession(jamie);

		String notes = "/service-users/" + jamie + "/contact-notes/";
		return new Planted(jamie, noteIds, readingIds,
				List.of(SHARED_FACTOR_ID, BANNER_FACTOR_ID, LATER_FACTOR_ID, WITHHELD_FACTOR_ID),
				Map.of(Canary.RESTRICTED_NOTE_LINK, notes + noteIds.get(1) + "\"", Canary.WITHHELD_NOTE_LINK,
						notes + noteIds.get(2) + "\"", Canary.SHARED_WELLBEING_READING,
						"wellbeing-reading-" + sharedReading + "\"", Canary.WITHHELD_WELLBEING_READING,
						"wellbeing-reading-" + withheldReading + "\""));
	}

	/**
	 * The accounts the demo lacks, kept (like {@link MappedRoutes#createMissingCallers})
	 * so that the access log, written in its own transaction, can name them; their links
	 * to Jamie are planted, and rolled back, per reader.
	 */
	void createMissingAccounts(MappedRoutes routes) {
		routes.createMissingCallers();
		createIfMissing(NARROW_PEER, NARROW_PEER + " (test)", "PEER");
		createIfMissing(ENDED_PEER, ENDED_PEER + " (test)", "PEER");
		// a worker of the team whose display name is a canary (renamed each run)
		createIfMissing(STAFF_MEMBER, Canary.STAFF_NAME_IN_HISTORY.text(), "WORKER");
		this.jdbc.sql("update account set display_name = ? where username = ?")
			.params(Canary.STAFF_NAME_IN_HISTORY.text(), STAFF_MEMBER)
			.update();
	}

	private void createIfMissing(String username, String displayName, String role) {
		if (id("select count(*) from account where username = '" + username + "'") > 0) {
			return;
		}
		long account = this.jdbc.sql("""
				insert into account (username, display_name, password_hash, role)
				values (?, ?, 'not-a-password', ?) returning id
				""").params(username, displayName, role).query(Long.class).single();
		this.jdbc.sql("insert into account_team (account_id, team_id) select ?, id from team where name = ?")
			.params(account, "North Housing First")
			.update();
	}

	/**
	 * A note (the newest first: {@code order} minutes ago); {@code revision} 2 means it
	 * was corrected once.
	 */
	private long note(long person, long author, int order, String text, boolean shared, String withheldDetail,
			boolean restricted, String restrictedReason, String staffOnlyDetail, int revision) {
		return this.jdbc.sql("""
				insert into contact_note (service_user_id, author_id, contact_at, duration_minutes, type, note, shared,
				  withheld_reason, withheld_detail, restricted, restricted_reason, staff_only_detail, staff_only_reason,
				  revision, created_at, corrected_at, corrected_by, correction_reason)
				values (:person, :author, now() - make_interval(mins => :order), 30, 'HOME_VISIT', :text, :shared,
				  case when :shared then null else 'OTHER' end, cast(:withheldDetail as varchar), :restricted,
				  cast(:restrictedReason as varchar), cast(:staffOnly as text),
				  case when cast(:staffOnly as text) is null then null else 'THIRD_PARTY' end,
				  :revision, now() - make_interval(mins => :order),
				  case when :revision > 1 then now() end, case when :revision > 1 then :author end,
				  case when :revision > 1 then 'Corrected after checking with the person.' end)
				returning id
				""")
			.param("person", person)
			.param("author", author)
			.param("order", order)
			.param("text", text)
			.param("shared", shared)
			.param("withheldDetail", withheldDetail)
			.param("restricted", restricted)
			.param("restrictedReason", restrictedReason)
			.param("staffOnly", staffOnlyDetail)
			.param("revision", revision)
			.query(Long.class)
			.single();
	}

	/** Revision 1 of a corrected note, as it was written. */
	private void noteVersion(long note, long author, String text, boolean shared, String withheldDetail,
			boolean restricted, String restrictedReason, String staffOnlyDetail) {
		this.jdbc.sql("""
				insert into contact_note_version (contact_note_id, revision, recorded_at, recorded_by, contact_at,
				  duration_minutes, type, note, shared, withheld_reason, withheld_detail, restricted, restricted_reason,
				  staff_only_detail, staff_only_reason, superseded_at, superseded_by)
				select n.id, 1, n.created_at, :author, n.contact_at, 30, 'HOME_VISIT', :text, :shared,
				  case when :shared then null else 'THIRD_PARTY' end, cast(:withheldDetail as varchar), :restricted,
				  cast(:restrictedReason as varchar), cast(:staffOnly as text),
				  case when cast(:staffOnly as text) is null then null else 'THIRD_PARTY' end, now(), :author
				from contact_note n where n.id = :note
				""")
			.param("note", note)
			.param("author", author)
			.param("text", text)
			.param("shared", shared)
			.param("withheldDetail", withheldDetail)
			.param("restricted", restricted)
			.param("restrictedReason", restrictedReason)
			.param("staffOnly", staffOnlyDetail)
			.update();
	}

	/**
	 * A SWEMWBS reading taken today with this raw total; withheld with these words unless
	 * null.
	 */
	private void referral(long person, long by, String reason, String withheldDetail) {
		long id = this.jdbc.sql("""
				insert into referral (service_user_id, agency_id, reason, referred_on, shares_information, status,
				  withheld, withheld_reason, withheld_detail, created_at, created_by)
				values (?, (select min(id) from agency), ?, current_date, false, 'MADE', ?, ?, ?, now(), ?) returning id
				""")
			.params(person, reason, withheldDetail != null, withheldDetail != null ? "THIRD_PARTY" : null,
					withheldDetail, by)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into referral_status_change (referral_id, status, changed_on, note, created_by)
				values (?, 'MADE', current_date, ?, ?)
				""").params(id, withheldDetail, by).update();
	}

	/**
	 * A session today of the demo group, its note a canary, that Jamie came to with
	 * another person of the team no peer is linked to, whose names become a canary.
	 */
	private void groupSession(long jamie) {
		long other = id("""
				select s.id from service_user s where s.team_id = (select team_id from service_user where id = %d)
				  and s.id <> %d and not exists (select 1 from peer_link l where l.service_user_id = s.id)
				order by s.id limit 1""".formatted(jamie, jamie));
		this.jdbc.sql("update service_user set legal_name = ?, preferred_name = ? where id = ?")
			.params(Canary.GROUP_OTHER_ATTENDEE.text() + " Legal", Canary.GROUP_OTHER_ATTENDEE.text(), other)
			.update();
		long session = this.jdbc.sql("""
				insert into group_session (group_id, starts_at, place, note, created_by)
				select id, now(), 'The community kitchen', ?, created_by from support_group
				where title = 'Cooking on a budget (demo)' returning id
				""").param(Canary.GROUP_SESSION_NOTE.text() + " Everyone cooked together.").query(Long.class).single();
		for (long person : new long[] { jamie, other }) {
			this.jdbc
				.sql("insert into group_attendance (session_id, service_user_id, status) values (?, ?, 'ATTENDED')")
				.params(session, person)
				.update();
		}
	}

	private long wellbeingReading(long person, long by, int raw, String withheldDetail) {
		return this.jdbc.sql("""
				insert into wellbeing_reading (service_user_id, scale_code, taken_on, completed_by, raw_total, score,
				  withheld, withheld_reason, withheld_detail, created_at, created_by)
				values (?, 'SWEMWBS', current_date, 'WORKER', ?, ?, ?, ?, ?, now(), ?) returning id
				""")
			.params(person, raw, org.keywork.wellbeing.WellbeingScoring.swemwbsMetric(raw), withheldDetail != null,
					withheldDetail != null ? "OTHER" : null, withheldDetail, by)
			.query(Long.class)
			.single();
	}

	private int latestVersion(long person, String kind) {
		return this.jdbc
			.sql("select coalesce(max(version_number), 0) from support_record where service_user_id = ? "
					+ "and kind = ?")
			.params(person, kind)
			.query(Integer.class)
			.single();
	}

	/** SQL for the content of one version (null if there is none). */
	private static String content(long person, String kind, int number) {
		return "(select content from support_record where service_user_id = %d and kind = '%s' and version_number = %d)"
			.formatted(person, kind, number);
	}

	/**
	 * A new agreed version whose content is the SQL expression {@code content}; withheld
	 * with a detail if asked.
	 */
	private long record(long person, String kind, int number, String content, Map<String, ?> params, boolean withheld,
			String withheldDetail, long by) {
		return this.jdbc.sql("""
				insert into support_record (service_user_id, kind, version_number, status, content, agreed_on,
				  review_due, withheld, withheld_reason, withheld_detail, created_by, updated_by)
				values (:person, :kind, :number, 'AGREED', %s, current_date, current_date + 90, :withheld,
				  case when :withheld then 'THIRD_PARTY' end, cast(:withheldDetail as varchar), :by, :by)
				returning id
				""".formatted(content))
			.param("person", person)
			.param("kind", kind)
			.param("number", number)
			.param("withheld", withheld)
			.param("withheldDetail", withheldDetail)
			.param("by", by)
			.params(params)
			.query(Long.class)
			.single();
	}

	private void event(long person, long record, String kind, String action, String itemId, List<String> args,
			long by) {
		String json = args.stream().map(arg -> "\"" + arg + "\"").collect(Collectors.joining(",", "[", "]"));
		this.jdbc.sql("""
				insert into support_record_event (service_user_id, record_id, kind, action, item_id, args, lock_version,
				  occurred_at, account_id)
				values (?, ?, ?, ?, ?, cast(? as jsonb), (select version from support_record where id = ?), now(), ?)
				""").params(person, record, kind, action, itemId, json, record, by).update();
	}

	/**
	 * An accommodation episode: the current one (since ten days ago) when there is no
	 * reason for leaving, else one that ended 300 days ago.
	 */
	private void episode(long person, long by, String address, String leaving, boolean withheld) {
		this.jdbc.sql("""
				insert into accommodation_episode (service_user_id, form, address, started_on, ended_on,
				  reason_for_leaving, withheld, withheld_reason, created_by)
				values (?, 'HOSTEL', ?, current_date - ?, case when ? then current_date - 300 end, ?, ?, ?, ?)
				""")
			.params(person, address, leaving == null ? 10 : 400, leaving != null, leaving, withheld,
					withheld ? "SERIOUS_HARM" : null, by)
			.update();
	}

	/**
	 * An item with a note, added to the person's latest moving-in checklist (started if
	 * none).
	 */
	private void movingInItem(long person, long by, String note) {
		Long checklist = this.jdbc.sql("select max(id) from moving_in_checklist where service_user_id = ?")
			.param(person)
			.query(Long.class)
			.single();
		if (checklist == null) {
			checklist = this.jdbc.sql("""
					insert into moving_in_checklist (service_user_id, started_on, started_at, started_by)
					values (?, current_date, now(), ?) returning id
					""").params(person, by).query(Long.class).single();
		}
		this.jdbc
			.sql("""
					insert into moving_in_item (checklist_id, service_user_id, position, label, note, created_at, created_by)
					values (?, ?, 1000, 'Canary item', ?, now(), ?)
					""")
			.params(checklist, person, note, by)
			.update();
	}

	/** A welfare benefit with its status since a week ago. */
	private void benefit(long person, long by, String type, String otherName, String status, String notes,
			boolean withheld) {
		long id = this.jdbc
			.sql("""
					insert into welfare_benefit (service_user_id, benefit, other_name, status, status_since, notes, withheld,
					  withheld_reason, created_by)
					values (?, ?, ?, ?, current_date - 7, ?, ?, ?, ?) returning id
					""")
			.params(person, type, otherName, status, notes, withheld, withheld ? "THIRD_PARTY" : null, by)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into welfare_benefit_status (benefit_id, status, status_since, recorded_by)
				values (?, ?, current_date - 7, ?)
				""").params(id, status, by).update();
	}

	private long complaint(long person, long by, String said, String thirdParty, boolean withheld) {
		return this.jdbc.sql("""
				insert into complaint (service_user_id, kind, source, received_at, what_was_said, third_party_name,
				  response_due_at, withheld, withheld_reason, created_by)
				values (?, 'COMPLAINT', 'NEIGHBOUR', now() - interval '1 day', ?, ?, now() + interval '1 day', ?, ?, ?)
				returning id
				""")
			.params(person, said, thirdParty, withheld, withheld ? "THIRD_PARTY" : null, by)
			.query(Long.class)
			.single();
	}

	/** A Cycle of Change issue at contemplation since a week ago. */
	private void calloverDecision(long person, String agreed) {
		long manager = id("select id from account where username = 'manager'");
		long meeting = this.jdbc.sql("""
				insert into callover_meeting (team_id, held_on, chaired_by)
				select team_id, current_date - 4000, ? from service_user where id = ? returning id
				""").params(manager, person).query(Long.class).single();
		this.jdbc.sql("""
				insert into callover_decision (meeting_id, service_user_id, discussed, agreed, recorded_by)
				values (?, ?, 'How Jamie has been sleeping.', ?, ?)
				""").params(meeting, person, agreed, manager).update();
	}

	private void appointment(long person, String purpose, boolean withheld, long by) {
		this.jdbc
			.sql("""
					insert into appointment (service_user_id, starts_on, starts_at, place, purpose, withheld, withheld_reason,
					  created_by)
					values (?, current_date + 2, '10:00', ?, ?, ?, ?, ?)
					""")
			.params(person, withheld ? purpose : "The office", purpose, withheld, withheld ? "THIRD_PARTY" : null, by)
			.update();
	}

	private void cycleIssue(long person, String name, boolean withheld, String detail, String words, long by) {
		long issue = this.jdbc.sql("""
				insert into cycle_issue (service_user_id, name, withheld, withheld_reason, withheld_detail, created_by)
				values (?, ?, ?, ?, ?, ?) returning id
				""")
			.params(person, name, withheld, withheld ? "THIRD_PARTY" : null, detail, by)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into cycle_stage (issue_id, stage, stage_on, their_words, recorded_by)
				values (?, 'CONTEMPLATION', current_date - 7, ?, ?)
				""").params(issue, words, by).update();
	}

	/** A factor as JSON (canary texts need no escaping). */
	private static String factor(String id, String category, String description, boolean withheld, String reason,
			String detail) {
		return """
				{"id":"%s","category":"%s","description":"%s","personWillDo":"Talk to Sam.","withheld":%s,\
				"withheldReason":%s,"withheldDetail":%s}""".formatted(id, category, description, withheld,
				reason == null ? "null" : "\"" + reason + "\"", detail == null ? "null" : "\"" + detail + "\"");
	}

	private long id(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	/** What was planted; the link canaries depend on the ids of the notes. */
	/**
	 * A star reading of the default measure taken today, with the canary as the note on
	 * its first area; withheld with {@link Canary#STAR_WITHHELD_REASON} as its detail.
	 */
	private long starReading(long person, long worker, boolean withheld, Canary note) {
		long reading = this.jdbc.sql("""
				insert into star_reading (service_user_id, measure_id, taken_on, withheld, withheld_reason,
				  withheld_detail, recorded_by)
				select ?, id, current_date, ?, ?, ?, ? from star_measure where is_default returning id
				""")
			.params(person, withheld, withheld ? "OTHER" : null,
					withheld ? Canary.STAR_WITHHELD_REASON.text() + " Told us in confidence." : null, worker)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into star_score (reading_id, area_id, score, note)
				select ?, a.id, 5, case when a.position = 10 then cast(? as varchar) end
				from star_area a join star_measure m on m.id = a.measure_id where m.is_default
				""").params(reading, note.text() + " Settled in the flat.").update();
		return reading;
	}

	record Planted(long person, List<String> noteIds, List<String> readingIds, List<String> factorIds,
			Map<Canary, String> links) {

		String text(Canary canary) {
			return this.links.getOrDefault(canary, canary.text());
		}

	}

}
