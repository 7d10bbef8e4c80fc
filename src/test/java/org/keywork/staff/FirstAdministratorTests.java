package org.keywork.staff;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.security.PasswordPolicy;
import org.keywork.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first administrator of an empty installation, from the deployment's environment.
 */
@KeyworkTest
class FirstAdministratorTests {

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	PasswordPolicy policy;

	@Autowired
	JdbcClient jdbc;

	@Test
	@Transactional
	void anEmptyInstallationGetsItsFirstAdministratorWhoMustChangeThePassword() {
		// as if no administrator existed yet (rolled back after the test)
		jdbc.sql("update account set role = 'WORKER' where role = 'ADMIN'").update();
		new FirstAdministrator(accounts, encoder, policy, "first-admin", "a long enough passphrase here")
			.run(new DefaultApplicationArguments());
		Account admin = accounts.findByUsernameIgnoreCase("first-admin").orElseThrow();
		assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
		assertThat(admin.isMustChangePassword()).isTrue();
		assertThat(encoder.matches("a long enough passphrase here", admin.getPasswordHash())).isTrue();
	}

	@Test
	@Transactional
	void aWeakBootstrapPasswordCreatesNobody() {
		jdbc.sql("update account set role = 'WORKER' where role = 'ADMIN'").update();
		new FirstAdministrator(accounts, encoder, policy, "weak-admin", "short").run(new DefaultApplicationArguments());
		assertThat(accounts.findByUsernameIgnoreCase("weak-admin")).isEmpty();
	}

	@Test
	void nothingIsCreatedWhileAnAdministratorExists() {
		long before = accounts.count();
		new FirstAdministrator(accounts, encoder, policy, "bootstrap-admin", "a long enough passphrase here")
			.run(new DefaultApplicationArguments());
		assertThat(accounts.existsByRole(Role.ADMIN)).isTrue();
		assertThat(accounts.count()).isEqualTo(before);
		assertThat(accounts.findByUsernameIgnoreCase("bootstrap-admin")).isEmpty();
	}

}
