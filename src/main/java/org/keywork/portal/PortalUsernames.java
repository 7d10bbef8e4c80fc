package org.keywork.portal;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Usernames for new portal accounts: {@code kw-} and two groups of four random characters
 * from the activation-code alphabet in lower case (no 0/o, 1/i/l), e.g.
 * {@code kw-7fq3-m2xd}: about 40 bits, so a username cannot be guessed from the person's
 * name or reference (ADR 004). Accounts made before keep their usernames.
 */
final class PortalUsernames {

	static final String PREFIX = "kw-";

	static final String PATTERN = "kw-[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}";

	private static final String ALPHABET = ActivationCodes.ALPHABET.toLowerCase(Locale.ROOT);

	private static final SecureRandom RANDOM = new SecureRandom();

	private PortalUsernames() {
	}

	static String generate() {
		StringBuilder name = new StringBuilder(PREFIX);
		for (int i = 0; i < 8; i++) {
			if (i == 4) {
				name.append('-');
			}
			name.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return name.toString();
	}

}
