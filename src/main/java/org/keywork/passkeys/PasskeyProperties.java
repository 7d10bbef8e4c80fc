package org.keywork.passkeys;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where passkeys are valid (ADR 019).
 *
 * @param rpId the relying party id: the host name the passkeys belong to
 * ({@code keywork.example.org} in production; a passkey made for one id never works on
 * another)
 * @param rpName the name the browser shows when it asks to make or use a passkey
 * @param allowedOrigins the exact origins (scheme, host, port) the ceremonies may come
 * from, e.g. {@code https://keywork.example.org}
 * @param allowServerOrigin also allow {@code http://<rp-id>:<the port this server
 * listens on>}, found when the server has started: for the demo and the tests, which run
 * on a port chosen at start. Never in production, where the origins are written down.
 */
@ConfigurationProperties("keywork.passkeys")
record PasskeyProperties(@DefaultValue("localhost") String rpId, @DefaultValue("Keywork") String rpName,
		@DefaultValue("http://localhost:8080") List<String> allowedOrigins,
		@DefaultValue("false") boolean allowServerOrigin) {

}
