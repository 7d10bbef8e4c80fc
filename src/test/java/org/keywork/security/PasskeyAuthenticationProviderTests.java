package org.keywork.security;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A verified passkey signs in the account behind it as a {@link KeyworkUser} with its
 * role and the WebAuthn factor; a deactivated account, an account that no longer exists
 * and a passkey that does not verify are all refused with the same exception (ADR 004).
 */
class PasskeyAuthenticationProviderTests {

	private final WebAuthnRelyingPartyOperations relyingParty = mock(WebAuthnRelyingPartyOperations.class);

	private final WebAuthnAuthenticationRequestToken request = new WebAuthnAuthenticationRequestToken(
			mock(RelyingPartyAuthenticationRequest.class));

	private void passkeyOf(String username) {
		when(this.relyingParty.authenticate(any())).thenReturn(ImmutablePublicKeyCredentialUserEntity.builder()
			.id(Bytes.random())
			.name(username)
			.displayName(username)
			.build());
	}

	private static KeyworkUser account(boolean enabled) {
		return new KeyworkUser(7L, "manager", "Manager", "{noop}x", Role.MANAGER, enabled, null, false);
	}

	@Test
	void aVerifiedPasskeySignsInTheAccountWithItsRoleAndTheWebAuthnFactor() {
		passkeyOf("manager");
		UserDetailsService users = username -> account(true);
		Authentication signedIn = new PasskeyAuthenticationProvider(this.relyingParty, users)
			.authenticate(this.request);
		assertThat(signedIn.isAuthenticated()).isTrue();
		assertThat(signedIn.getPrincipal()).isInstanceOf(KeyworkUser.class);
		assertThat(((KeyworkUser) signedIn.getPrincipal()).getId()).isEqualTo(7L);
		assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.contains(Role.MANAGER.authority(), FactorGrantedAuthority.WEBAUTHN_AUTHORITY);
	}

	@Test
	void aDeactivatedAccountIsRefusedLikeAnyOtherFailure() {
		passkeyOf("manager");
		UserDetailsService users = username -> account(false);
		assertThatThrownBy(() -> new PasskeyAuthenticationProvider(this.relyingParty, users).authenticate(this.request))
			.isExactlyInstanceOf(BadCredentialsException.class)
			.hasMessage("Bad credentials");
	}

	@Test
	void aPasskeyOfAnAccountThatIsGoneIsRefusedTheSameWay() {
		passkeyOf("gone");
		UserDetailsService users = username -> {
			throw new UsernameNotFoundException("no such account");
		};
		assertThatThrownBy(() -> new PasskeyAuthenticationProvider(this.relyingParty, users).authenticate(this.request))
			.isExactlyInstanceOf(BadCredentialsException.class)
			.hasMessage("Bad credentials");
	}

	@Test
	void aPasskeyThatDoesNotVerifyIsRefusedTheSameWay() {
		when(this.relyingParty.authenticate(any())).thenThrow(new IllegalArgumentException("bad signature"));
		UserDetailsService users = username -> account(true);
		assertThatThrownBy(() -> new PasskeyAuthenticationProvider(this.relyingParty, users).authenticate(this.request))
			.isExactlyInstanceOf(BadCredentialsException.class)
			.hasMessage("Bad credentials");
	}

}
