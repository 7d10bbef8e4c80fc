package org.keywork.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the active demo people about three months of contact notes, after
 * {@link DemoDataSeeder}: varied types, some attempted contacts with no answer, a few
 * restricted or withheld notes, and a last contact chosen so that some people are overdue
 * and some are not (the {@code worker} account has both). Runs only while there are no
 * contact notes at all, so it never adds to notes someone typed. All fictional.
 */
@Component
@Profile("demo")
@Order(1)
class DemoContactNotesSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoContactNotesSeeder.class);

	/**
	 * Days since the last successful contact, person by person: over 7 is overdue for a
	 * weekly team.
	 */
	private static final int[] LAST_CONTACT_DAYS = { 2, 10, 4, 1, 15, 6, 3, 9, 5, 21, 0, 7, 12, 8, 3 };

	private static final String[] TYPES = { "HOME_VISIT", "PHONE_CALL", "INFORMAL_ACTIVITY", "TEXT_MESSAGE",
			"HOME_VISIT", "ACCOMPANIED_APPOINTMENT", "OFFICE_MEETING", "HOME_VISIT", "OUTREACH", "VIDEO_CALL",
			"GROUP_SESSION" };

	private static final List<String> NOTES = List.of(
			"Visited {0} at home. We had a cup of tea and talked about how the week has gone. {0} has put up the "
					+ "curtains we picked out together and said the flat is starting to feel like home.",
			"Phoned {0} to check in. {0} said sleep has been better since the new routine. We agreed to look at the "
					+ "gas bill together next time.",
			"Went for a walk along the canal with {0}. {0} talked about wanting to get back into cooking and asked "
					+ "about the community kitchen on Thursdays.",
			"Texted {0} to confirm Tuesday. {0} replied straight away and asked if we could meet at the café instead.",
			"Home visit. {0} showed me the letter from the council about the rent account. We rang the housing "
					+ "office together and set up a repayment plan {0} is happy with.",
			"Went with {0} to the GP appointment. {0} did most of the talking and got the repeat prescription "
					+ "sorted. Afterwards {0} said it felt good to have done it.",
			"Met {0} at the office to fill in the PIP form. We did the first half; {0} wants to do the rest with "
					+ "their sister there.",
			"Cooked pasta together at {0}''s flat. {0} is proud of the new pans and wants to try a curry next week.",
			"Met {0} in the park during outreach. {0} seemed tired but was glad to talk. We agreed I will call on "
					+ "Friday.",
			"Video call with {0}, who is staying with family for a few days. {0} is enjoying the time with the "
					+ "grandchildren and will be back on Monday.",
			"{0} came to the Wednesday group. {0} helped set up and chatted with two other tenants about the "
					+ "allotment project.");

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ZoneId zone;

	DemoContactNotesSeeder(JdbcClient jdbc, Clock clock, @Value("${keywork.time-zone:Europe/London}") String zone) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.zone = ZoneId.of(zone);
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		boolean hasNotes = this.jdbc.sql("select count(*) from contact_note").query(Long.class).single() > 0;
		boolean hasDemo = this.jdbc.sql("select count(*) from account where lower(username) = 'worker'")
			.query(Long.class)
			.single() > 0;
		if (hasNotes || !hasDemo) {
			return;
		}
		Long peer = this.jdbc.sql("select id from account where lower(username) = 'peer'")
			.query(Long.class)
			.optional()
			.orElse(null);
		List<Person> people = this.jdbc
			.sql("""
					select s.id, coalesce(s.preferred_name, s.legal_name) as name, s.support_start,
					       coalesce(s.keyworker_id, (select a.id from account a join account_team t on t.account_id = a.id
					                                 where t.team_id = s.team_id and a.role = 'MANAGER' order by a.id limit 1))
					         as author,
					       exists (select 1 from peer_link l where l.service_user_id = s.id and l.ended_at is null) as peer_linked
					from service_user s where s.status = 'ACTIVE' order by s.id
					""")
			.query((rs, n) -> new Person(rs.getLong("id"), rs.getString("name"),
					rs.getDate("support_start").toLocalDate(), rs.getObject("author", Long.class),
					rs.getBoolean("peer_linked")))
			.list();
		int count = 0;
		for (int i = 0; i < people.size(); i++) {
			Person p = people.get(i);
			if (p.author() == null) {
				continue;
			}
			count += seed(p, i, peer);
			if (p.peerLinked()) {
				count += visibilityExamples(p);
			}
		}
		log.info("Demo contact notes loaded: {} notes for {} people", count, people.size());
	}

	private int seed(Person p, int i, Long peer) {
		LocalDate today = LocalDate.now(this.clock.withZone(this.zone));
		long supportDays = ChronoUnit.DAYS.between(p.supportStart(), today);
		int last = LAST_CONTACT_DAYS[i % LAST_CONTACT_DAYS.length];
		if (last > supportDays) {
			return 0; // new to the service and not yet seen: overdue once past the team's
						// frequency
		}
		int count = 0;
		int step = 0;
		for (long days = last; days <= Math.min(90, supportDays); days += 4 + ((i + step) % 5)) {
			String type = TYPES[(i + step) % TYPES.length];
			String text = NOTES.get((i * 3 + step) % NOTES.size()).replace("{0}", p.name()).replace("''", "'");
			boolean newest = step == 0;
			boolean restricted = (i % 6 == 1) && step == 2;
			String withheld = (i % 7 == 2) && step == 1 ? "THIRD_PARTY" : null;
			if (restricted) {
				text = p.name() + " talked about a hard time with a family member and asked that it stay "
						+ "between us and the team. Agreed who needs to know and what support " + p.name()
						+ " would like.";
			}
			if (withheld != null) {
				text = p.name() + "'s neighbour stopped me on the stairs with a concern about noise. I will talk it "
						+ "through with " + p.name() + " without sharing the neighbour's details.";
			}
			Long author = p.peerLinked() && peer != null && step % 4 == 3 ? peer : p.author();
			insert(p, author, author.equals(peer), days, i, type, text,
					newest ? today.minusDays(days).plusDays(7) : null, withheld, restricted);
			count++;
			// an attempt with no answer a couple of days after some contacts (never the
			// newest one counted)
			if ((i + step) % 3 == 0 && days >= 3) {
				insert(p, p.author(), false, days - 2, i, "ATTEMPTED_NO_ANSWER",
						"Knocked at " + p.name()
								+ "'s door at the agreed time; no answer. Left a card and sent a text.",
						null, null, false);
				count++;
			}
			step++;
		}
		return count;
	}

	/**
	 * For the person the demo peer and the demo service user see (Jamie): a restricted
	 * note the person can read but another team worker cannot, and a shared note with a
	 * staff-only detail about a third party (ADR 008).
	 */
	private int visibilityExamples(Person p) {
		Instant restrictedAt = this.clock.instant().minus(12, ChronoUnit.DAYS);
		this.jdbc
			.sql("""
					insert into contact_note (service_user_id, author_id, contact_at, duration_minutes, type, location, note,
					  shared, restricted, restricted_reason, created_at)
					values (?, ?, ?, 40, 'HOME_VISIT', 'At home', ?, true, true, ?, ?)
					""")
			.params(p.id(), p.author(), Timestamp.from(restrictedAt), p.name() + " talked about their health "
					+ "worries and asked that only their keyworker and the manager read this. We agreed to ask the GP "
					+ "for a longer appointment together.",
					"Health worries the person asked to keep to their keyworker and the manager",
					Timestamp.from(restrictedAt))
			.update();
		Instant detailAt = this.clock.instant().minus(6, ChronoUnit.DAYS);
		this.jdbc
			.sql("""
					insert into contact_note (service_user_id, author_id, contact_at, duration_minutes, type, location, note,
					  staff_only_detail, staff_only_reason, created_at)
					values (?, ?, ?, 30, 'PHONE_CALL', null, ?, ?, 'THIRD_PARTY', ?)
					""")
			.params(p.id(), p.author(), Timestamp.from(detailAt), "Phoned " + p.name() + " about the noise "
					+ "complaint. Talked through what happened and how to keep things calm with the neighbours.",
					"The complaint came from the neighbour at flat 19 (fictional), who asked not to be named.",
					Timestamp.from(detailAt))
			.update();
		return 2;
	}

	private void insert(Person p, Long author, boolean byPeer, long daysAgo, int i, String type, String text,
			LocalDate next, String withheld, boolean restricted) {
		Instant at = this.clock.instant().minus(daysAgo, ChronoUnit.DAYS).minus(1 + i % 5, ChronoUnit.HOURS);
		this.jdbc.sql("""
				insert into contact_note (service_user_id, author_id, peer_contact, contact_at, duration_minutes, type,
				  location, note, next_contact_on, shared, withheld_reason, restricted, restricted_reason, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(p.id(), author, byPeer, Timestamp.from(at), type.equals("ATTEMPTED_NO_ANSWER") ? 10 : 45, type,
					type.equals("HOME_VISIT") ? "At home" : null, text, next == null ? null : Date.valueOf(next),
					withheld == null, withheld, restricted,
					restricted ? "Family matters the person asked to keep to the team" : null,
					Timestamp.from(at.plus(2, ChronoUnit.HOURS).isAfter(this.clock.instant()) ? this.clock.instant()
							: at.plus(2, ChronoUnit.HOURS)))
			.update();
	}

	private record Person(Long id, String name, LocalDate supportStart, Long author, boolean peerLinked) {
	}

}
