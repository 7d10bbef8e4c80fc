package org.keywork.rent;

import java.util.Optional;

import org.keywork.database.Batch;
import org.keywork.database.Later;
import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.PersonPageSection;
import org.keywork.serviceusers.ServiceUser;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "Rent account" on the person's page, for staff of the team: the balance, the arrears in
 * weeks of rent and a link to the account (two queries, sent with the rest of the
 * page's).
 */
@Component
@Order(10)
class RentSection implements PersonPageSection {

	private final RentAccount account;

	RentSection(RentAccount account) {
		this.account = account;
	}

	@Override
	public Later<Optional<Content>> content(KeyworkUser user, ServiceUser person, Batch batch) {
		if (!this.account.canSee(user, person)) {
			return Later.of(Optional.empty());
		}
		boolean canChange = this.account.canChange(user, person);
		return this.account.balance(user, person, batch)
			.map(balance -> Optional.of(new Content("rent/person-section", "rent", new Data(balance, canChange))));
	}

	public record Data(Balance balance, boolean canChange) {
	}

}
