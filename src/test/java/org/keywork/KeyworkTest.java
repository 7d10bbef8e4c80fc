package org.keywork;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port against a real PostgreSQL (see
 * {@link TestDatabaseConfiguration}), with the demo data and accounts loaded. Every
 * integration and browser test uses exactly this annotation so they all share one Spring
 * context (and one database) per test JVM. {@link StatementCounter} is part of it, so any
 * of them can count the statements a request sends. The team dashboard's figures are
 * counted on every visit ({@code TeamFigures} keeps nothing), so that each test sees its
 * own changes at once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "keywork.embedded-postgres.data-directory=", "keywork.team-figures.max-age=0s" })
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@Import({ TestDatabaseConfiguration.class, TestUsers.class, StatementCounter.class, TestClock.class, DemoIds.class,
		SessionCookieJar.class })
public @interface KeyworkTest {

}
