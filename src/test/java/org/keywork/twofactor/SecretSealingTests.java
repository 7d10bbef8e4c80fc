package org.keywork.twofactor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Sealing authenticator secrets (ADR 018): a sealed secret opens only with the same key
 * and for the same account, never shows the secret, and differs each time; without a key
 * secrets are kept as they are, and a sealed one refuses to open.
 */
class SecretSealingTests {

	private static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

	private static final String OTHER_KEY = "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=";

	private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

	private final SecretSealing sealing = new SecretSealing(KEY);

	@Test
	void aSealedSecretOpensForItsAccountWithItsKeyOnly() {
		String sealed = this.sealing.seal(7, SECRET);
		assertThat(sealed).startsWith(SecretSealing.PREFIX).doesNotContain(SECRET);
		assertThat(sealed.length()).isLessThanOrEqualTo(200);
		assertThat(this.sealing.open(7, sealed)).isEqualTo(SECRET);
		assertThat(this.sealing.seal(7, SECRET)).as("a new nonce each time").isNotEqualTo(sealed);
		assertThatIllegalStateException().as("another account's row").isThrownBy(() -> this.sealing.open(8, sealed));
		assertThatIllegalStateException().as("another key")
			.isThrownBy(() -> new SecretSealing(OTHER_KEY).open(7, sealed));
		String changed = sealed.substring(0, sealed.length() - 2) + (sealed.endsWith("A=") ? "B=" : "A=");
		assertThatIllegalStateException().as("changed").isThrownBy(() -> this.sealing.open(7, changed));
		assertThatIllegalStateException().as("no key").isThrownBy(() -> new SecretSealing("").open(7, sealed));
	}

	@Test
	void withoutAKeySecretsAreKeptAsTheyAreAndOneStoredUnsealedStillOpens() {
		SecretSealing none = new SecretSealing("  ");
		assertThat(none.sealing()).isFalse();
		assertThat(none.seal(7, SECRET)).isEqualTo(SECRET);
		assertThat(this.sealing.open(7, SECRET)).as("stored before the key was set").isEqualTo(SECRET);
	}

	@Test
	void aKeyThatIsNotThirtyTwoBytesOfBase64IsRefused() {
		assertThatIllegalStateException().isThrownBy(() -> new SecretSealing("c2hvcnQ="));
		assertThatIllegalStateException().isThrownBy(() -> new SecretSealing("not base64 at all!"));
	}

}
