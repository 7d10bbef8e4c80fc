package org.keywork.security;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input through the real server (see {@link MalformedRequestTests}), where a 404 or
 * 400 goes through the container's error page: what the person sees is the application's
 * own page, never the framework's or a stack trace.
 */
@KeyworkTest
class ErrorPagesThroughTheServerTests {

	@Autowired
	MessageSource messages;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Test
	void errorPagesAreTheApplicationsOwn() throws Exception {
		signIn("worker");
		assertPage("/service-users/abc", 404, "error.404.title");
		assertPage("/service-users/99999999999999999999", 404, "error.404.title");
		assertPage("/service-users/999999999", 404, "error.404.title");
		assertPage("/service-users?status=NOT_A_STATUS", 400, "error.400.title");
		assertPage("/service-users?teamId=abc", 400, "error.400.title");
		assertPage("/service-users?page=2147483647", 200, "app.name");
	}

	private void assertPage(String path, int status, String code) throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(status);
		assertThat(response.body()).as(path).contains(text(code));
		BadInput.LEAKS.forEach(leak -> assertThat(response.body()).as(path).doesNotContain(leak));
	}

	private void signIn(String username) throws Exception {
		String login = this.http
			.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
		assertThat(csrf.find()).as("a CSRF token on the sign-in page").isTrue();
		String form = "username=" + username + "&password=keywork-demo-2026&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = this.http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private String text(String code) {
		return HtmlUtils.htmlEscape(this.messages.getMessage(code, null, Locale.UK));
	}

}
