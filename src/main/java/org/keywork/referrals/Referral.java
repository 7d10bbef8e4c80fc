package org.keywork.referrals;

import java.time.LocalDate;
import java.util.List;

import org.keywork.sharing.SharingDecision;

/** A referral of the person to an agency, with its status history (oldest first). */
public record Referral(Long id, Long personId, Long agencyId, String agencyName, String serviceName, String reason,
		List<String> lifeAreas, LocalDate referredOn, boolean sharesInformation, ReferralStatus status, String outcome,
		Boolean outcomeGood, SharingDecision sharing, int version, List<StatusChange> history) {

	public Referral {
		lifeAreas = List.copyOf(lifeAreas);
		history = List.copyOf(history);
	}

	/** A service the person uses: attending, or ended with a good outcome. */
	public boolean serviceUsed() {
		return this.status == ReferralStatus.ATTENDING
				|| (this.status == ReferralStatus.ENDED && Boolean.TRUE.equals(this.outcomeGood));
	}

	/** One status the referral had, from a day. */
	public record StatusChange(ReferralStatus status, LocalDate changedOn, String note) {
	}

}
