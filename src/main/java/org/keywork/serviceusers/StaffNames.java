package org.keywork.serviceusers;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.keywork.staff.Account;
import org.keywork.staff.AccountRepository;

import org.springframework.stereotype.Component;

/**
 * The display names of accounts (keyworkers, peers, whoever made a change), looked up in
 * one query.
 */
@Component
class StaffNames {

	private final AccountRepository accounts;

	StaffNames(AccountRepository accounts) {
		this.accounts = accounts;
	}

	/**
	 * Display name by account id; null ids are ignored, unknown ids are missing from the
	 * map.
	 */
	Map<Long, String> of(Set<Long> ids) {
		Set<Long> wanted = ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
		return wanted.isEmpty() ? Map.of()
				: this.accounts.findAllById(wanted)
					.stream()
					.collect(Collectors.toMap(Account::getId, Account::getDisplayName, (a, b) -> a, HashMap::new));
	}

}
