package org.keywork.demo;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Runs {@link DataGenerator} when the app starts with {@code --keywork.generate=<preset>}
 * (small, tiny or national; seed from {@code --keywork.generate.seed}, 42 unless given),
 * after Flyway and after the demo seeders (if the demo profile is on). The app then keeps
 * running, so the generated accounts can sign in; with
 * {@code --keywork.generate.exit=true} it exits once the data is in. A database that
 * already holds generated data is left as it is (a warning is logged).
 */
@Component
@Order(1000)
@ConditionalOnProperty("keywork.generate")
class DataGeneratorRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DataGeneratorRunner.class);

	private final DataGenerator generator;

	private final Environment environment;

	private final ConfigurableApplicationContext context;

	DataGeneratorRunner(DataGenerator generator, Environment environment, ConfigurableApplicationContext context) {
		this.generator = generator;
		this.environment = environment;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		DataGenerator.Preset preset = DataGenerator.Preset.of(this.environment.getRequiredProperty("keywork.generate"));
		long seed = this.environment.getProperty("keywork.generate.seed", Long.class, 42L);
		boolean exit = this.environment.getProperty("keywork.generate.exit", Boolean.class, false);
		long started = System.nanoTime();
		try {
			log.info("Generating the {} preset with seed {}", preset, seed);
			Map<String, Long> counts = this.generator.generate(preset, seed);
			long total = counts.values().stream().mapToLong(Long::longValue).sum();
			log.info("Generated the {} preset (seed {}): {} rows in {} s: {}", preset, seed, total,
					(System.nanoTime() - started) / 1_000_000_000, counts);
		}
		catch (IllegalStateException ex) {
			log.warn("Data generator refused: {}", ex.getMessage());
		}
		if (exit) {
			System.exit(SpringApplication.exit(this.context, () -> 0));
		}
	}

}
