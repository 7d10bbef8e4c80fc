package org.keywork.passkeys;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.keywork.security.FactorChanges;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

/**
 * The relying party and the repositories Spring Security's WebAuthn filters use (found as
 * beans by {@code http.webAuthn(...)} in {@code security.SecurityConfiguration}). Every
 * ceremony requires user verification (a PIN, fingerprint or face on the device): that is
 * what makes a passkey two factors in one (ADR 019).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PasskeyProperties.class)
class PasskeyConfiguration {

	private static final Logger log = LoggerFactory.getLogger(PasskeyConfiguration.class);

	/**
	 * The origins the ceremonies may come from; the server's own added at start when
	 * allowed.
	 */
	private final Set<String> origins = new CopyOnWriteArraySet<>();

	@Bean
	PublicKeyCredentialUserEntityRepository passkeyUserEntities(JdbcOperations jdbc) {
		return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
	}

	@Bean
	UserCredentialRepository passkeyCredentials(JdbcOperations jdbc, JdbcClient client, FactorChanges changes) {
		return new PasskeyCredentialRepository(new JdbcUserCredentialRepository(jdbc), client, changes);
	}

	@Bean
	WebAuthnRelyingPartyOperations passkeyRelyingParty(PasskeyProperties properties,
			PublicKeyCredentialUserEntityRepository userEntities, UserCredentialRepository credentials) {
		this.origins.addAll(properties.allowedOrigins());
		Webauthn4JRelyingPartyOperations relyingParty = new Webauthn4JRelyingPartyOperations(userEntities, credentials,
				PublicKeyCredentialRpEntity.builder().id(properties.rpId()).name(properties.rpName()).build(),
				this.origins);
		relyingParty.setCustomizeCreationOptions(options -> options.authenticatorSelection(
				org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria.builder()
					.userVerification(UserVerificationRequirement.REQUIRED)
					.residentKey(org.springframework.security.web.webauthn.api.ResidentKeyRequirement.REQUIRED)
					.build()));
		relyingParty
			.setCustomizeRequestOptions(options -> options.userVerification(UserVerificationRequirement.REQUIRED));
		return relyingParty;
	}

	@Bean
	ApplicationListener<WebServerInitializedEvent> passkeyServerOrigin(PasskeyProperties properties) {
		return event -> {
			if (properties.allowServerOrigin() && event.getApplicationContext().getParent() == null) {
				String origin = "http://" + properties.rpId() + ":" + event.getWebServer().getPort();
				this.origins.add(origin);
				log.info("Passkeys also accepted from this server's own origin {}", origin);
			}
		};
	}

}
