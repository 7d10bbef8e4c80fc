package org.keywork.twofactor;

import java.sql.Timestamp;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;
import org.keywork.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Authenticator secrets in the database (ADR 018; the demo profile sets a key): stored
 * sealed, never as the secret itself; a secret stored before the key was set is sealed at
 * start-up and still works; a sealed secret copied to another account's row accepts no
 * code.
 */
@KeyworkTest
class SealedSecretsTests {

	private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

	@Autowired
	Authenticators authenticators;

	@Autowired
	SealedSecrets sealedSecrets;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	DemoIds demo;

	@Autowired
	TestClock clock;

	@Test
	void anEnrolledSecretIsStoredSealedAndItsCodesStillWork() throws Exception {
		long account = FactorTestAccounts.create("sealed-", "WORKER", this.jdbc, this.encoder, this.demo).id();
		assertThat(this.authenticators.enrol(account, SECRET, FactorTestAccounts.code(SECRET, this.clock))).isTrue();
		assertThat(stored(account)).startsWith(SecretSealing.PREFIX).doesNotContain(SECRET);
		try (TestClock.Moved later = this.clock.movedBy(Duration.ofSeconds(60))) {
			assertThat(this.authenticators.verify(account, FactorTestAccounts.code(SECRET, this.clock))).isTrue();
			assertThat(this.authenticators.verify(account, "000000")).isFalse();
		}
	}

	@Test
	void aSecretStoredBeforeTheKeyIsSealedAtStartUpAndStillWorks() throws Exception {
		long account = FactorTestAccounts.create("unsealed-", "WORKER", this.jdbc, this.encoder, this.demo).id();
		this.jdbc.sql("insert into totp_credential (account_id, secret, created_at) values (?, ?, ?)")
			.params(account, SECRET, Timestamp.from(this.clock.instant()))
			.update();
		this.sealedSecrets.run(null);
		assertThat(stored(account)).startsWith(SecretSealing.PREFIX).doesNotContain(SECRET);
		assertThat(this.authenticators.verify(account, FactorTestAccounts.code(SECRET, this.clock))).isTrue();
	}

	@Test
	void aSealedSecretCopiedToAnotherAccountAcceptsNoCode() throws Exception {
		long owner = FactorTestAccounts.create("owner-", "WORKER", this.jdbc, this.encoder, this.demo).id();
		long other = FactorTestAccounts.create("other-", "WORKER", this.jdbc, this.encoder, this.demo).id();
		assertThat(this.authenticators.enrol(owner, SECRET, FactorTestAccounts.code(SECRET, this.clock))).isTrue();
		this.jdbc.sql("insert into totp_credential (account_id, secret, created_at) values (?, ?, ?)")
			.params(other, stored(owner), Timestamp.from(this.clock.instant()))
			.update();
		try (TestClock.Moved later = this.clock.movedBy(Duration.ofSeconds(60))) {
			assertThat(this.authenticators.verify(other, FactorTestAccounts.code(SECRET, this.clock))).isFalse();
		}
	}

	@Test
	void withoutTheKeyKeyworkRefusesToStartOnceSecretsAreSealed() throws Exception {
		long account = FactorTestAccounts.create("nokey-", "WORKER", this.jdbc, this.encoder, this.demo).id();
		assertThat(this.authenticators.enrol(account, SECRET, FactorTestAccounts.code(SECRET, this.clock))).isTrue();
		assertThatIllegalStateException()
			.isThrownBy(() -> new SealedSecrets(this.jdbc, new SecretSealing("")).run(null))
			.withMessageContaining("keywork.second-factor.secret-key");
	}

	private String stored(long account) {
		return this.jdbc.sql("select secret from totp_credential where account_id = ?")
			.param(account)
			.query(String.class)
			.single();
	}

}
