package org.keywork.rent;

import java.util.Optional;

import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.PersonPageSection;
import org.keywork.serviceusers.ServiceUser;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "Rent account" on the person's page, for staff of the team: the balance, the arrears in
 * weeks of rent and a link to the account (two queries).
 */
@Component
@Order(10)
class RentSection implements PersonPageSection {

	private final RentAccount account;

	RentSection(RentAccount account) {
		this.account = account;
	}

	@Override
	public Optional<Content> content(KeyworkUser user, ServiceUser person) {
		if (!this.account.canSee(user, person)) {
			return Optional.empty();
		}
		return Optional.of(new Content("rent/person-section", "rent",
				new Data(this.account.balance(user, person), this.account.canChange(user, person))));
	}

	public record Data(Balance balance, boolean canChange) {
	}

}
