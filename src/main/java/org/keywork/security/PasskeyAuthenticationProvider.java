package org.keywork.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/**
 * Signs an account in with a passkey (ADR 019). Spring Security's own
 * {@code WebAuthnAuthenticationProvider} would put the authenticator's user entity in the
 * session as the principal; the whole application expects a {@link KeyworkUser}, so this
 * one verifies the assertion the same way (the relying party operations check the
 * signature, the challenge, the origin and that the person was verified on the device),
 * then loads the account through the same {@link UserDetailsService} as a password
 * sign-in and gives it its role and the {@code FACTOR_WEBAUTHN} authority. A passkey with
 * user verification is two factors in one, so this is a complete sign-in.
 *
 * <p>
 * A deactivated or not yet activated account is refused exactly like a passkey the server
 * does not know: the same exception, so the same answer (ADR 004).
 */
class PasskeyAuthenticationProvider implements AuthenticationProvider {

	private final WebAuthnRelyingPartyOperations relyingParty;

	private final UserDetailsService users;

	PasskeyAuthenticationProvider(WebAuthnRelyingPartyOperations relyingParty, UserDetailsService users) {
		this.relyingParty = relyingParty;
		this.users = users;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		WebAuthnAuthenticationRequestToken request = (WebAuthnAuthenticationRequestToken) authentication;
		PublicKeyCredentialUserEntity entity;
		UserDetails details;
		try {
			entity = this.relyingParty.authenticate(request.getWebAuthnRequest());
			details = this.users.loadUserByUsername(entity.getName());
		}
		catch (UsernameNotFoundException ex) {
			throw new BadCredentialsException("Bad credentials");
		}
		catch (RuntimeException ex) {
			throw new BadCredentialsException("Bad credentials", ex);
		}
		if (!(details instanceof KeyworkUser user) || !user.isEnabled() || !user.isAccountNonLocked()
				|| !user.isAccountNonExpired() || !user.isCredentialsNonExpired()) {
			throw new BadCredentialsException("Bad credentials");
		}
		List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
		authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.WEBAUTHN_AUTHORITY));
		return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
	}

}
