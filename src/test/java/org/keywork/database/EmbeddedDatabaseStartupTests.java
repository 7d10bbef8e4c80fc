package org.keywork.database;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.keywork.KeyworkApplication;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The promise behind {@code ./mvnw spring-boot:run} on a bare machine (ADR 002): with no
 * database configured at all, Keywork starts its own PostgreSQL, migrates it and reports
 * itself healthy over real HTTP. The machine's {@code SPRING_DATASOURCE_*} variables (CI
 * sets them) are hidden from this application on purpose.
 */
class EmbeddedDatabaseStartupTests {

	@Test
	void startsOnEmbeddedPostgresqlWhenNoDatasourceIsConfigured() throws Exception {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		// first in line, so application.properties' data/postgres cannot win: a temporary
		// data directory
		environment.getPropertySources()
			.addFirst(new MapPropertySource("embeddedDatabaseStartupTest",
					Map.of("server.port", "0", "keywork.embedded-postgres.data-directory", "")));
		assertThat(environment.getProperty("spring.datasource.url")).as("no datasource configured").isNull();

		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(KeyworkApplication.class)
			.environment(environment)
			.web(WebApplicationType.SERVLET)
			.run()) {
			assertThat(context.getEnvironment().getActiveProfiles()).doesNotContain("demo");
			EmbeddedPostgres postgres = context.getBean(EmbeddedPostgres.class);
			assertThat(context.getBean(JdbcConnectionDetails.class).getJdbcUrl())
				.contains(":" + postgres.getPort() + "/");

			int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
			HttpResponse<String> health = http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
					.timeout(Duration.ofSeconds(10))
					.GET()
					.build(), HttpResponse.BodyHandlers.ofString());

			assertThat(health.statusCode()).isEqualTo(200);
			assertThat(health.body()).contains("\"status\":\"UP\"");
		}
	}

}
