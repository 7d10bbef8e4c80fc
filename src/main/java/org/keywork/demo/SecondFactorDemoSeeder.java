package org.keywork.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * In the demo a second factor is offered to every role, never required, so the published
 * demo password signs in as any account (ADR 018). An administrator can still make a role
 * require it at Second factor rules: only rows nobody has saved yet (version 0) are
 * changed, so their choice survives a restart.
 */
@Component
@Profile("demo")
@Order(1)
class SecondFactorDemoSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SecondFactorDemoSeeder.class);

	private final JdbcClient jdbc;

	SecondFactorDemoSeeder(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		int offered = this.jdbc.sql("update second_factor_policy set required = false where version = 0 and required")
			.update();
		if (offered > 0) {
			log.info("Demo: a second factor is offered, not required, for every role");
		}
	}

}
