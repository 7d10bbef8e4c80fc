package org.keywork;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Keywork: case management for housing support work.
 */
@SpringBootApplication
public class KeyworkApplication {

	public static void main(String[] args) {
		SpringApplication.run(KeyworkApplication.class, args);
	}

	/** The one clock every date rule reads, so tests can control time. */
	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

}
