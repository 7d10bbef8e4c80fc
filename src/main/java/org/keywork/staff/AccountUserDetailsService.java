package org.keywork.staff;

import org.keywork.security.KeyworkUser;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for sign-in. */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	AccountUserDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		if (username.indexOf('\u0000') >= 0) {
			// no account name holds one, and PostgreSQL refuses to compare text that does
			throw new UsernameNotFoundException("No such account");
		}
		Account account = this.accounts.findByUsernameIgnoreCase(username.trim())
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		return toUser(account);
	}

	static KeyworkUser toUser(Account account) {
		return new KeyworkUser(account.getId(), account.getUsername(), account.getDisplayName(),
				account.getPasswordHash(), account.getRole(), account.isEnabled(), account.getServiceUserId(),
				account.isMustChangePassword());
	}

}
