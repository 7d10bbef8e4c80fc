package org.keywork.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import java.util.Optional;

import org.keywork.database.Batch;
import org.keywork.database.Later;
import org.keywork.security.PeerScope;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.springframework.stereotype.Component;

/**
 * How a person reaches the staff who support them (name, work phone and when to call),
 * and who their keyworkers have been.
 */
@Component
class PortalQueries {

	private static final String CONTACT = "select a.display_name, a.work_phone, a.contact_hours from account a";

	private static final String LINKED_PEERS = """
			select a.display_name, a.work_phone, a.contact_hours, l.scope, l.consent_given_on
			from account a join peer_link l on l.peer_id = a.id
			where l.service_user_id = ? and l.ended_at is null
			order by l.started_at, l.id
			""";

	private final JdbcClient jdbc;

	PortalQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The team's name, and its office phone and hours (the fallback when the keyworker
	 * has given no phone), registered in a batch.
	 */
	Later<Optional<StaffContact>> team(Long teamId, Batch batch) {
		return batch.sql("select name, phone, contact_hours from team where id = ?")
			.param(teamId)
			.optional((rs, i) -> new StaffContact(rs.getString("name"), rs.getString("phone"),
					rs.getString("contact_hours")));
	}

	/** How to reach a member of staff, registered in a batch. */
	Later<Optional<StaffContact>> contact(Long accountId, Batch batch) {
		return batch.sql(CONTACT + " where a.id = ?").param(accountId).optional(PortalQueries::contact);
	}

	/**
	 * The peer support workers currently linked to the person, longest linked first, with
	 * what each may see and when the person agreed to it, in one query.
	 */
	Later<List<LinkedPeer>> linkedPeers(Long personId, Batch batch) {
		return batch.sql(LINKED_PEERS).param(personId).query(PortalQueries::linkedPeer);
	}

	private static LinkedPeer linkedPeer(ResultSet rs, int i) throws SQLException {
		java.sql.Date agreed = rs.getDate("consent_given_on");
		return new LinkedPeer(contact(rs, i), PeerScope.valueOf(rs.getString("scope")),
				agreed == null ? null : agreed.toLocalDate());
	}

	/**
	 * A peer support worker linked to the person: how to reach them, what they may see,
	 * when the person agreed.
	 */
	record LinkedPeer(StaffContact contact, PeerScope scope, java.time.LocalDate agreedOn) {
	}

	/**
	 * Who the person's keyworker has been, newest first, with the reason given for each
	 * change, in one query. Only the keyworkers are named: never who made the change.
	 */
	List<KeyworkerPeriod> keyworkerHistory(Long personId) {
		return this.jdbc.sql("""
				select a.display_name, k.started_at, k.ended_at, k.reason
				from keyworker_assignment k left join account a on a.id = k.keyworker_id
				where k.service_user_id = ?
				order by k.started_at desc, k.id desc
				""").param(personId).query((rs, i) -> {
			Timestamp ended = rs.getTimestamp("ended_at");
			return new KeyworkerPeriod(rs.getString("display_name"), rs.getTimestamp("started_at").toInstant(),
					ended == null ? null : ended.toInstant(), rs.getString("reason"));
		}).list();
	}

	private static StaffContact contact(ResultSet rs, int row) throws SQLException {
		return new StaffContact(rs.getString("display_name"), rs.getString("work_phone"),
				rs.getString("contact_hours"));
	}

	/**
	 * A member of staff as the person sees them. {@code phoneLink} is the number without
	 * spaces, for tel: links.
	 */
	record StaffContact(String name, String phone, String hours) {

		public String phoneLink() {
			return this.phone == null ? null : this.phone.replaceAll("[^0-9+]", "");
		}

	}

	/**
	 * One period with one keyworker ({@code keyworker} null: nobody), from when, until
	 * when, and why it began.
	 */
	record KeyworkerPeriod(String keyworker, Instant from, Instant until, String reason) {
	}

}
