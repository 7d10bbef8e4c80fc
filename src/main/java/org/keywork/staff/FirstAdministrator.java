package org.keywork.staff;

import org.keywork.security.PasswordPolicy;
import org.keywork.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first administrator of a new installation from
 * {@code KEYWORK_BOOTSTRAP_ADMIN_USERNAME} and {@code KEYWORK_BOOTSTRAP_ADMIN_PASSWORD},
 * but only while no administrator exists. The password must pass the password policy and
 * has to be changed at the first sign-in, so the one in the deployment's environment
 * stops working straight away.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final PasswordPolicy policy;

	private final String username;

	private final String password;

	FirstAdministrator(AccountRepository accounts, PasswordEncoder encoder, PasswordPolicy policy,
			@Value("${keywork.bootstrap.admin-username:}") String username,
			@Value("${keywork.bootstrap.admin-password:}") String password) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.policy = policy;
		this.username = username;
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.username.isBlank() || this.accounts.existsByRole(Role.ADMIN)) {
			return;
		}
		this.policy.check(this.password, this.username)
			.ifPresentOrElse(problem -> log
				.warn("First administrator not created: the bootstrap password breaks the rule {}", problem), () -> {
					Account admin = new Account(this.username.trim(), "Administrator",
							this.encoder.encode(this.password), Role.ADMIN);
					admin.changePassword(admin.getPasswordHash(), true);
					this.accounts.save(admin);
					log.info("First administrator account {} created; it must change its password at first sign-in",
							admin.getId());
				});
	}

}
