package org.keywork.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

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

	/** Factor ids, the same in every transaction of one run. */
	private static final String SHARED_FACTOR_ID = UUID.randomUUID().toString();

	private static final String BANNER_FACTOR_ID = UUID.randomUUID().toString();

	private static final String LATER_FACTOR_ID = UUID.randomUUID().toString();

	private static final String WITHHELD_FACTOR_ID = UUID.randomUUID().toString();

	private final JdbcClient jdbc;

	private final CanaryRows rows;

	CanaryPlanting(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.rows = new CanaryRows(jdbc);
	}

	Planted plant() {
		long jamie = this.rows.id("select id from service_user where legal_name = 'Jamie Brooks'");
		long worker = this.rows.id("select id from account where username = 'worker'");
		// the readers the demo lacks: a peer linked with the narrowest scope, a peer
		// whose link has ended
		long narrowPeer = this.rows.id("select id from account where username = '" + NARROW_PEER + "'");
		this.jdbc.sql("""
				insert into peer_link (service_user_id, peer_id, started_at, created_by, scope, consent_given_on,
				  consent_recorded_by)
				values (?, ?, now() - interval '30 days', ?, 'ACTION_PLAN', current_date - 30, ?)
				""").params(jamie, narrowPeer, worker, worker).update();
		long endedPeer = this.rows.id("select id from account where username = '" + ENDED_PEER + "'");
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
		long shared = this.rows.note(jamie, worker, 1,
				Canary.SHARED_NOTE.text() + " We went to the food bank together.", true, null, false, null,
				Canary.STAFF_ONLY_DETAIL.text() + " Their neighbour told us about the debt.", 2);
		this.rows.noteVersion(shared, worker, "We went to the food bank.", true, null, false, null,
				Canary.VERSION_STAFF_ONLY_DETAIL.text() + " A neighbour said something.");
		noteIds.add(String.valueOf(shared));
		// restricted (a few staff) but shared with the person
		noteIds.add(String
			.valueOf(this.rows.note(jamie, worker, 2, Canary.RESTRICTED_NOTE.text() + " Talked about the court date.",
					true, null, true, Canary.RESTRICTED_REASON.text() + " Sensitive legal matter.", null, 1)));
		// withheld from the person (not restricted)
		noteIds.add(String
			.valueOf(this.rows.note(jamie, worker, 3, Canary.WITHHELD_NOTE.text() + " Call from the landlord.", false,
					Canary.WITHHELD_REASON.text() + " Third-party information.", false, null, null, 1)));
		// written restricted, then corrected to lift the restriction
		long lifted = this.rows.note(jamie, worker, 4, Canary.LIFTED_NOTE.text() + " Visit at home, all fine.", true,
				null, false, null, null, 2);
		this.rows.noteVersion(lifted, worker,
				Canary.RESTRICTED_VERSION.text() + " Visit at home, talked about the police.", true, null, true,
				Canary.VERSION_RESTRICTED_REASON.text() + " Police matter.", null);
		noteIds.add(String.valueOf(lifted));
		// written withheld, then corrected to share it
		long nowShared = this.rows.note(jamie, worker, 5, "Phone call about the rent, shared after a correction.", true,
				null, false, null, null, 2);
		this.rows.noteVersion(nowShared, worker, Canary.WITHHELD_VERSION_NOTE.text() + " Phone call with the landlord.",
				false, "Third-party information.", false, null, null);
		noteIds.add(String.valueOf(nowShared));

		// the Support Overview's latest version is withheld
		int overview = this.rows.latestVersion(jamie, "OVERVIEW");
		long withheldOverview = this.rows.record(jamie, "OVERVIEW", overview + 1, """
				jsonb_set(coalesce(%s, '{"areas":[]}'::jsonb), '{aspirations}', to_jsonb(cast(:text as text)))
				""".formatted(CanaryRows.content(jamie, "OVERVIEW", overview)),
				Map.of("text", Canary.WITHHELD_RECORD.text()), true, Canary.RECORD_WITHHELD_REASON.text(), worker);
		this.rows.event(jamie, withheldOverview, "OVERVIEW", "AGREED", null,
				List.of(Canary.HISTORY_WITHHELD_RECORD.text()), worker);

		// an Action Plan version withheld while it was current, then replaced by a shared
		// one
		int plan = this.rows.latestVersion(jamie, "ACTION_PLAN");
		String planContent = "coalesce(" + CanaryRows.content(jamie, "ACTION_PLAN", plan)
				+ ", '{\"goals\":[]}'::jsonb)";
		long withheldPlan = this.rows.record(jamie, "ACTION_PLAN", plan + 1,
				"""
						jsonb_set(%1$s, '{goals}', coalesce(%1$s -> 'goals', '[]'::jsonb) || jsonb_build_array(
						  jsonb_build_object('id', cast(:goalId as text), 'area', 'MONEY', 'goal', cast(:text as text), 'steps', '[]'::jsonb)))
						"""
					.formatted(planContent),
				Map.of("goalId", UUID.randomUUID().toString(), "text", Canary.WITHHELD_WHEN_CURRENT_VERSION.text()),
				true, null, worker);
		this.rows.event(jamie, withheldPlan, "ACTION_PLAN", "AGREED", null,
				List.of(Canary.HISTORY_WITHHELD_VERSION.text()), worker);
		long sharedPlan = this.rows.record(jamie, "ACTION_PLAN", plan + 2, planContent, Map.of(), false, null, worker);

		// the Safety & Wellbeing Plan: a factor shared in one version and withheld in the
		// next, a withheld factor
		int safety = this.rows.latestVersion(jamie, "SAFETY_PLAN");
		String safetyContent = "coalesce(" + CanaryRows.content(jamie, "SAFETY_PLAN", safety)
				+ ", '{\"factors\":[]}'::jsonb)";
		String withFactors = """
				jsonb_set(%1$s, '{factors}', coalesce(%1$s -> 'factors', '[]'::jsonb) || cast(:factors as jsonb))
				""".formatted(safetyContent);
		String sharedFactor = CanaryRows.factor(SHARED_FACTOR_ID, "OWN_HEALTH",
				Canary.SHARED_FACTOR.text() + " Missing meals when money runs out.", false, null, null);
		String bannerFactor = CanaryRows.factor(BANNER_FACTOR_ID, "STAFF_SAFETY",
				Canary.STAFF_SAFETY_BANNER.text() + " Visit in pairs after dark.", false, null, null);
		this.rows.record(jamie, "SAFETY_PLAN", safety + 1, withFactors,
				Map.of("factors", "[" + sharedFactor + "," + bannerFactor + ","
						+ CanaryRows.factor(LATER_FACTOR_ID, "SELF_NEGLECT",
								Canary.FACTOR_WITHHELD_LATER.text() + " Told us about a relative.", false, null, null)
						+ "]"),
				false, null, worker);
		long safetyNow = this.rows.record(jamie, "SAFETY_PLAN", safety + 2, withFactors,
				Map.of("factors", "[" + sharedFactor + "," + bannerFactor + ","
						+ CanaryRows.factor(LATER_FACTOR_ID, "SELF_NEGLECT", "Self-neglect, details withheld.", true,
								"THIRD_PARTY", null)
						+ ","
						+ CanaryRows.factor(WITHHELD_FACTOR_ID, "STAFF_SAFETY",
								Canary.WITHHELD_FACTOR.text() + " A visitor has threatened staff.", true,
								"STAFF_SAFETY", Canary.FACTOR_WITHHELD_REASON.text() + " Police advice.")
						+ "]"),
				false, null, worker);
		this.rows.event(jamie, safetyNow, "SAFETY_PLAN", "FACTOR_ADDED", WITHHELD_FACTOR_ID,
				List.of(Canary.HISTORY_LINE.text(), "WITHHELD"), worker);

		// the plan as it stands was agreed by a staff member who is not the keyworker
		// (named in its history only)
		long staffMember = this.rows.id("select id from account where username = '" + STAFF_MEMBER + "'");
		this.rows.event(jamie, sharedPlan, "ACTION_PLAN", "AGREED", null, List.of("Agreed at the office."),
				staffMember);

		// the Cycle of Change: a shared issue, and one withheld (it names someone else)
		this.rows.cycleIssue(jamie, Canary.CYCLE_SHARED_ISSUE.text() + " drinking", false, null, "Thinking about it.",
				worker);
		this.rows.cycleIssue(jamie, Canary.CYCLE_WITHHELD_ISSUE.text() + " my brother's debts", true,
				Canary.CYCLE_WITHHELD_REASON.text() + " Names his brother.",
				Canary.CYCLE_WITHHELD_WORDS.text() + " He owes money to people.", worker);
		// star readings of today: a shared one, then a withheld one (the latest for
		// staff)
		List<String> readingIds = List.of(
				String.valueOf(this.rows.starReading(jamie, worker, false, Canary.STAR_SHARED_NOTE)),
				String.valueOf(this.rows.starReading(jamie, worker, true, Canary.STAR_WITHHELD_NOTE)));
		// wellbeing readings: one shared, one withheld (with words), each known by its id
		long sharedReading = this.rows.wellbeingReading(jamie, worker, 30, null);
		long withheldReading = this.rows.wellbeingReading(jamie, worker, 12, Canary.WELLBEING_WITHHELD_REASON.text());

		// appointments this week: one shared, one withheld (it is with a third party)
		this.rows.appointment(jamie, Canary.APPOINTMENT_SHARED.text() + " Benefits review", false, worker);
		this.rows.appointment(jamie, Canary.APPOINTMENT_WITHHELD.text() + " Call with his brother's solicitor", true,
				worker);
		// referrals: one shared with the person, one withheld (with words)
		this.rows.referral(jamie, worker, Canary.SHARED_REFERRAL_REASON.text() + " help with benefits", null);
		this.rows.referral(jamie, worker, Canary.WITHHELD_REFERRAL_REASON.text() + " about his brother",
				Canary.REFERRAL_WITHHELD_DETAIL.text());
		// accommodation: where they live now (shared), and a refuge before (withheld)
		this.rows.episode(jamie, worker, Canary.HOUSING_SHARED_ADDRESS.text() + " 1 High Street", null, false);
		this.rows.episode(jamie, worker, Canary.HOUSING_WITHHELD_ADDRESS.text() + " the refuge",
				Canary.HOUSING_WITHHELD_LEAVING.text() + " moved on", true);

		// an item of Jamie's moving-in checklist with a note (shared with Jamie, never a
		// peer)
		this.rows.movingInItem(jamie, worker, Canary.MOVING_IN_NOTE.text() + " ask the landlord about the meter");
		// benefits: one shared, one withheld and stopped (it raises the early warning)
		this.rows.benefit(jamie, worker, "PIP", null, "AWARDED", Canary.BENEFIT_SHARED_NOTE.text() + " sent the form",
				false);
		this.rows.benefit(jamie, worker, "OTHER", Canary.BENEFIT_WITHHELD_NAME.text(), "STOPPED",
				Canary.BENEFIT_WITHHELD_NOTE.text() + " about his brother", true);
		// complaints: one shared (who made it is staff only), one withheld
		long complaint = this.rows.complaint(jamie, worker, Canary.COMPLAINT_SHARED_WORDS.text() + " loud music",
				Canary.COMPLAINT_THIRD_PARTY.text() + " Mrs Next Door", false);
		this.jdbc.sql("""
				insert into complaint_entry (complaint_id, kind, occurred_on, attended, text, created_by)
				values (?, 'REFLECTION', current_date, 'The landlord', ?, ?)
				""").params(complaint, Canary.COMPLAINT_REFLECTION.text() + " all quiet", worker).update();
		this.rows.complaint(jamie, worker, Canary.COMPLAINT_WITHHELD_WORDS.text() + " the police called", null, true);
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
		this.rows.calloverDecision(jamie, Canary.CALLOVER_AGREED.text() + " Talk to the GP about his sleep.");

		// a group session Jamie came to with someone else of the team (renamed for the
		// run)
		this.rows.groupSession(jamie);

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
		if (this.rows.id("select count(*) from account where username = '" + username + "'") > 0) {
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

	record Planted(long person, List<String> noteIds, List<String> readingIds, List<String> factorIds,
			Map<Canary, String> links) {

		String text(Canary canary) {
			return this.links.getOrDefault(canary, canary.text());
		}

	}

}
