package org.keywork.referrals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.keywork.database.Batch;
import org.keywork.database.Later;
import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.PersonPageSection;
import org.keywork.serviceusers.ServiceUser;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Consent and referrals on the person's page, for the staff who may change the record:
 * each consent with where it stands (expired or expiring flagged), the number of
 * referrals and the services the person uses. Four queries, sent with the rest of the
 * page's. Nothing for anyone else (a peer never sees consents or referrals).
 */
@Component
@Order(40)
class ReferralsSection implements PersonPageSection {

	private final Consents consents;

	private final Referrals referrals;

	private final AccessPolicy policy;

	ReferralsSection(Consents consents, Referrals referrals, AccessPolicy policy) {
		this.consents = consents;
		this.referrals = referrals;
		this.policy = policy;
	}

	@Override
	public Later<Optional<Content>> content(KeyworkUser user, ServiceUser person, Batch batch) {
		if (!this.policy.canEdit(user, person)) {
			return Later.of(Optional.empty());
		}
		Later<List<Consent>> consents = this.consents.of(user, person, batch);
		Later<List<Referral>> referrals = this.referrals.of(user, person, batch);
		LocalDate today = this.consents.today();
		return Later.from(() -> Optional
			.of(new Content("referrals/fragments", "section", new Data(consents.get(), referrals.get(), today))));
	}

	public record Data(List<Consent> consents, List<Referral> referrals, LocalDate today) {

		/** Referrals attending, or ended with a good outcome. */
		public List<Referral> servicesUsed() {
			return this.referrals.stream().filter(Referral::serviceUsed).toList();
		}

		public List<Consent> current() {
			return this.consents.stream().filter(c -> c.state(this.today) != Consent.State.WITHDRAWN).toList();
		}

	}

}
