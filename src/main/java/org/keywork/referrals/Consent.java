package org.keywork.referrals;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's consent to share information with an agency (or someone named in words):
 * valid from the day it was given, until the day it expires or is withdrawn.
 */
public record Consent(Long id, Long personId, Long agencyId, String agencyName, String otherParty, String what,
		List<SharedRecordKind> recordKinds, LocalDate givenOn, LocalDate expiresOn, ConsentGiven givenHow,
		LocalDate withdrawnOn, int version) {

	/** How far ahead an expiry is flagged. */
	public static final int EXPIRY_WARNING_DAYS = 14;

	public Consent {
		recordKinds = List.copyOf(recordKinds);
	}

	/** With whom: the agency's name, or the words typed. */
	public String party() {
		return this.agencyName != null ? this.agencyName : this.otherParty;
	}

	/** Does this consent cover sharing on {@code day}? */
	public boolean validOn(LocalDate day) {
		return !this.givenOn.isAfter(day) && (this.expiresOn == null || day.isBefore(this.expiresOn))
				&& (this.withdrawnOn == null || day.isBefore(this.withdrawnOn));
	}

	/** Where the consent stands today. */
	public State state(LocalDate today) {
		if (this.withdrawnOn != null && !today.isBefore(this.withdrawnOn)) {
			return State.WITHDRAWN;
		}
		if (this.expiresOn != null && !today.isBefore(this.expiresOn)) {
			return State.EXPIRED;
		}
		if (this.givenOn.isAfter(today)) {
			return State.NOT_YET;
		}
		if (this.expiresOn != null && !today.plusDays(EXPIRY_WARNING_DAYS).isBefore(this.expiresOn)) {
			return State.EXPIRES_SOON;
		}
		return State.VALID;
	}

	/** Where a consent stands on a day. */
	public enum State {

		VALID, EXPIRES_SOON, EXPIRED, WITHDRAWN, NOT_YET;

		/** Still to be acted on: flagged to staff. */
		public boolean flagged() {
			return this == EXPIRES_SOON || this == EXPIRED;
		}

		public boolean canWithdraw() {
			return this != WITHDRAWN && this != EXPIRED;
		}

	}

	static List<SharedRecordKind> kinds(String codes) {
		if (codes == null || codes.isBlank()) {
			return List.of();
		}
		return java.util.Arrays.stream(codes.split(",")).map(SharedRecordKind::valueOf).toList();
	}

}
