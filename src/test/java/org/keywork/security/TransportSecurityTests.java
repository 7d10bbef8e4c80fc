package org.keywork.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the real server (MockMvc skips Tomcat's proxy handling): a request that reached
 * a TLS-terminating proxy over HTTPS ({@code X-Forwarded-Proto: https} from a trusted,
 * internal address) gets a {@code Secure} session cookie and HSTS; plain HTTP gets
 * neither (HSTS over HTTP means nothing and a Secure cookie would never come back).
 */
@KeyworkTest
class TransportSecurityTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void overHttpsThroughAProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
		HttpResponse<String> response = signInPage(true);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains"));
		List<String> cookies = response.headers().allValues("Set-Cookie");
		assertThat(cookies).filteredOn(c -> c.startsWith("JSESSIONID=")).isNotEmpty().allSatisfy(cookie -> {
			assertThat(cookie).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly");
		});
	}

	@Test
	void overPlainHttpNeitherIsSent() throws Exception {
		HttpResponse<String> response = signInPage(false);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(response.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
			.isNotEmpty()
			.allSatisfy(cookie -> assertThat(cookie).doesNotContainIgnoringCase("Secure"));
	}

	private HttpResponse<String> signInPage(boolean viaHttpsProxy) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/login"));
		if (viaHttpsProxy) {
			request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7");
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
