package org.keywork.sessions;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.keywork.KeyworkApplication;
import org.keywork.KeyworkTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two app nodes on one database share sessions without sticky sessions (ADR 017): the
 * test's own server is node A; node B is a second, separate application context started
 * here on another port against the same database. A worker signs in on A over real HTTP,
 * carries on at B with the same cookie, signs out at B, and A then refuses the cookie.
 */
@KeyworkTest
class TwoNodesTests {

	private static final String COOKIE = "JSESSIONID";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	/**
	 * Every node of one installation has the same key for authenticator secrets (ADR
	 * 018).
	 */
	@Value("${keywork.second-factor.secret-key}")
	String secretKey;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void aSessionStartedOnNodeACarriesOnAtNodeBAndEndsOnBothWhenSignedOutAtB() throws Exception {
		HikariDataSource database = this.dataSource.unwrap(HikariDataSource.class);
		try (ConfigurableApplicationContext nodeB = new SpringApplicationBuilder(KeyworkApplication.class)
			.properties("server.port=0", "spring.datasource.url=" + database.getJdbcUrl(),
					"spring.datasource.username=" + database.getUsername(),
					"spring.datasource.password=" + (database.getPassword() == null ? "" : database.getPassword()),
					"keywork.embedded-postgres.enabled=false", "spring.main.banner-mode=off",
					"keywork.second-factor.secret-key=" + this.secretKey)
			.run()) {
			String a = "http://127.0.0.1:" + this.port;
			String b = "http://127.0.0.1:" + ((WebServerApplicationContext) nodeB).getWebServer().getPort();

			// sign in on A
			HttpResponse<String> loginPage = send(HttpRequest.newBuilder(URI.create(a + "/login")).GET(), null);
			String anonymous = cookie(loginPage);
			HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create(a + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("username=worker&password=keywork-demo-2026&_csrf="
						+ URLEncoder.encode(csrf(loginPage), StandardCharsets.UTF_8))),
					anonymous);
			assertThat(signedIn.statusCode()).isEqualTo(302);
			assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
			String session = cookie(signedIn);

			// carry on at B: the caseload, with the worker's name
			String name = this.jdbc.sql("select display_name from account where username = 'worker'")
				.query(String.class)
				.single();
			HttpResponse<String> caseload = send(HttpRequest.newBuilder(URI.create(b + "/caseload")).GET(), session);
			assertThat(caseload.statusCode()).isEqualTo(200);
			assertThat(caseload.body()).contains(HtmlUtils.htmlEscape(name));

			// sign out at B (its page's CSRF token: the token lives in the shared
			// session)
			HttpResponse<String> signedOut = send(HttpRequest.newBuilder(URI.create(b + "/logout"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers
					.ofString("_csrf=" + URLEncoder.encode(csrf(caseload), StandardCharsets.UTF_8))), session);
			assertThat(signedOut.statusCode()).isEqualTo(302);
			assertThat(signedOut.headers().firstValue("Location"))
				.hasValueSatisfying(l -> assertThat(l).contains("/login?signedOut"));

			// A no longer knows the cookie
			HttpResponse<String> again = send(HttpRequest.newBuilder(URI.create(a + "/caseload")).GET(), session);
			assertThat(again.statusCode()).isEqualTo(302);
			assertThat(again.headers().firstValue("Location"))
				.hasValueSatisfying(l -> assertThat(l).contains("/login"));
		}
	}

	private HttpResponse<String> send(HttpRequest.Builder request, String sessionCookie) throws Exception {
		if (sessionCookie != null) {
			request.header("Cookie", COOKIE + "=" + sessionCookie);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String cookie(HttpResponse<String> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith(COOKIE + "="))
			.map(c -> c.substring(COOKIE.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
			.reduce((first, last) -> last)
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
	}

	private static String csrf(HttpResponse<String> page) {
		Matcher matcher = CSRF.matcher(page.body());
		assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
		return HtmlUtils.htmlUnescape(matcher.group(1));
	}

}
