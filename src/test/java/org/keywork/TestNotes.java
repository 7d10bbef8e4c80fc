package org.keywork;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Contact notes for a test, inserted as the application stores them (the controller tests
 * write theirs through the form):
 * {@code TestNotes.by("worker").on(person).restricted("Safeguarding").save(jdbc)}. By
 * default a shared home visit of 30 minutes, a minute ago.
 */
public final class TestNotes {

	private TestNotes() {
	}

	/** A note written by the account with this username. */
	public static Builder by(String author) {
		return new Builder(author);
	}

	public static final class Builder {

		private final String author;

		private Long person;

		private Instant contactAt = Instant.now().minus(1, ChronoUnit.MINUTES);

		private Integer durationMinutes = 30;

		private String type = "HOME_VISIT";

		private String text = "We talked about the week ahead and what would help.";

		private LocalDate nextContactOn;

		private String withheldReason;

		private String restrictedReason;

		private String staffOnlyDetail;

		private String staffOnlyReason;

		private boolean peerContact;

		private String planning;

		private String evoking;

		private Builder(String author) {
			this.author = author;
		}

		public Builder on(long person) {
			this.person = person;
			return this;
		}

		public Builder at(Instant contactAt) {
			this.contactAt = contactAt;
			return this;
		}

		/** How long the contact took; {@code null} for not recorded. */
		public Builder minutes(Integer durationMinutes) {
			this.durationMinutes = durationMinutes;
			return this;
		}

		public Builder type(String type) {
			this.type = type;
			return this;
		}

		public Builder text(String text) {
			this.text = text;
			return this;
		}

		public Builder nextContactOn(LocalDate day) {
			this.nextContactOn = day;
			return this;
		}

		/** Not shared with the person, for this reason ({@code WithholdReason} name). */
		public Builder withheld(String reason) {
			this.withheldReason = reason;
			return this;
		}

		/** Read only by its author, the keyworker and the team's managers. */
		public Builder restricted(String reason) {
			this.restrictedReason = reason;
			return this;
		}

		/** A staff-only detail, kept from the person for this reason. */
		public Builder staffOnly(String detail, String reason) {
			this.staffOnlyDetail = detail;
			this.staffOnlyReason = reason;
			return this;
		}

		/** A contact by a linked peer support worker. */
		public Builder peerContact() {
			this.peerContact = true;
			return this;
		}

		/** The Motivational Interviewing prompts "planning" and "evoking". */
		public Builder prompts(String planning, String evoking) {
			this.planning = planning;
			this.evoking = evoking;
			return this;
		}

		/**
		 * @return the note's id
		 */
		public long save(JdbcClient jdbc) {
			if (this.person == null) {
				throw new IllegalStateException("Whose note? Call on(person) first.");
			}
			return jdbc.sql("""
					insert into contact_note (service_user_id, author_id, peer_contact, contact_at, duration_minutes,
					  type, note, next_contact_on, shared, withheld_reason, restricted, restricted_reason,
					  staff_only_detail, staff_only_reason, mi_planning, mi_evoking)
					values (?, (select id from account where username = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					returning id
					""")
				.params(this.person, this.author, this.peerContact, Timestamp.from(this.contactAt),
						this.durationMinutes, this.type, this.text,
						this.nextContactOn == null ? null : Date.valueOf(this.nextContactOn),
						this.withheldReason == null, this.withheldReason, this.restrictedReason != null,
						this.restrictedReason, this.staffOnlyDetail, this.staffOnlyReason, this.planning, this.evoking)
				.query(Long.class)
				.single();
		}

	}

}
