package org.keywork.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * NIST SP 800-63B style password rules: at least 12 characters, no composition rules, and
 * common or easily-guessed passwords refused. Returns message codes so the form can show
 * them next to the field.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	/**
	 * BCrypt reads at most 72 bytes; a longer password would be refused by the encoder
	 * with a server error.
	 */
	public static final int MAX_BYTES = 72;

	private final Set<String> common;

	PasswordPolicy() {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("security/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
			this.common = reader.lines()
				.map(String::trim)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.map(line -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @return the message code of the first rule the password breaks, or empty when it is
	 * acceptable
	 */
	public Optional<String> check(String password, String username) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("password.tooLong");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (this.common.contains(lower) || lower.chars().distinct().count() <= 2
				|| (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT)))) {
			return Optional.of("password.common");
		}
		return Optional.empty();
	}

}
