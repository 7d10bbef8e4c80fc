package org.keywork.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Refuses a locked username whatever its password, then delegates. A locked username
 * still goes through the delegate (account look-up and one password hash comparison,
 * whose result is thrown away) so that a refusal for a lock takes as long as any other
 * (ADR 004).
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider delegate;

	private final LoginThrottle throttle;

	private final ObjectProvider<SecondFactorRequirement> secondFactor;

	ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle,
			ObjectProvider<SecondFactorRequirement> secondFactor) {
		this.delegate = delegate;
		this.throttle = throttle;
		this.secondFactor = secondFactor;
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
		return withoutSecondFactorIfNotNeeded(this.delegate.authenticate(authentication));
	}

	/**
	 * A password sign-in that needs no second factor (none enrolled, the role does not
	 * require one) is complete at once, and marked so (ADR 018).
	 */
	private Authentication withoutSecondFactorIfNotNeeded(Authentication signedIn) {
		SecondFactorRequirement requirement = this.secondFactor.getIfAvailable();
		if (requirement == null || !(signedIn.getPrincipal() instanceof KeyworkUser user)
				|| requirement.need(user) != SecondFactorRequirement.Need.NONE) {
			return signedIn;
		}
		List<GrantedAuthority> authorities = new ArrayList<>(signedIn.getAuthorities());
		authorities.add(new SimpleGrantedAuthority(SecondFactorRequirement.NOT_NEEDED_AUTHORITY));
		UsernamePasswordAuthenticationToken complete = UsernamePasswordAuthenticationToken.authenticated(user,
				signedIn.getCredentials(), authorities);
		complete.setDetails(signedIn.getDetails());
		return complete;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
