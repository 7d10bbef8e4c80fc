package org.keywork.portal;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * One-time activation codes: 10 characters from an alphabet without look-alikes (no 0/O,
 * 1/I/L), about 49 bits, shown in two groups of five so they can be read aloud and typed
 * on a phone. Typing is forgiving: case, spaces and dashes are ignored.
 */
final class ActivationCodes {

	static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	static final int LENGTH = 10;

	private static final SecureRandom RANDOM = new SecureRandom();

	private ActivationCodes() {
	}

	/** A new code, in its plain (ungrouped) form. */
	static String generate() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** The code as shown: {@code ABCDE-FGHJK}. */
	static String grouped(String code) {
		return code.substring(0, 5) + "-" + code.substring(5);
	}

	/** What the person typed, as the plain code: upper case, without spaces or dashes. */
	static String normalise(String typed) {
		return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
	}

}
