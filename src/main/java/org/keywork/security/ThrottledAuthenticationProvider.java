package org.keywork.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Refuses a locked username whatever its password, then delegates. A locked username
 * still goes through the delegate (account look-up and one password hash comparison,
 * whose result is thrown away) so that a refusal for a lock takes as long as any other
 * (ADR 004).
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider delegate;

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
		this.delegate = delegate;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		if (this.throttle.isLocked(authentication.getName())) {
			try {
				this.delegate.authenticate(authentication);
			}
			catch (AuthenticationException ignored) {
				// the same work as an unlocked attempt; the answer is the lock either way
			}
			throw new LockedException("Locked after repeated failed sign-ins");
		}
		return this.delegate.authenticate(authentication);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
