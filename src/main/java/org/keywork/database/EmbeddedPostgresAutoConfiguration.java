package org.keywork.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Starts an embedded PostgreSQL server when no database is configured, so that
 * {@code ./mvnw spring-boot:run} and the test suite need nothing installed. It is skipped
 * as soon as {@code spring.datasource.url} (for example {@code SPRING_DATASOURCE_URL}) is
 * set or another {@link JdbcConnectionDetails} exists (Testcontainers), and can be
 * switched off with {@code keywork.embedded-postgres.enabled=false}. See ADR 002.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnProperty(prefix = "keywork.embedded-postgres", name = "enabled", matchIfMissing = true)
@Conditional(NoDatasourceUrlCondition.class)
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
public class EmbeddedPostgresAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresAutoConfiguration.class);

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean({ EmbeddedPostgres.class, JdbcConnectionDetails.class })
	EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
		String dataDirectory = properties.getDataDirectory();
		if (dataDirectory != null && !dataDirectory.isBlank()) {
			Path path = Path.of(dataDirectory).toAbsolutePath();
			Files.createDirectories(path);
			builder.setDataDirectory(path.toFile()).setCleanDataDirectory(false);
			log.info("Starting embedded PostgreSQL with data in {}", path);
		}
		else {
			log.info("Starting embedded PostgreSQL with a temporary data directory");
		}
		if (properties.getPort() > 0) {
			builder.setPort(properties.getPort());
		}
		return builder.start();
	}

	@Bean
	@ConditionalOnMissingBean(JdbcConnectionDetails.class)
	JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres) {
		String url = postgres.getJdbcUrl("postgres", "postgres");
		return new JdbcConnectionDetails() {
			@Override
			public String getUsername() {
				return "postgres";
			}

			@Override
			public String getPassword() {
				return null;
			}

			@Override
			public String getJdbcUrl() {
				return url;
			}
		};
	}

}
