package org.keywork;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpSession;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;

/**
 * Lets MockMvc tests carry a signed-in session the way they always have, with
 * {@code .session(session)}, now that sessions live in the database (Spring Session, ADR
 * 017) and are found by their cookie rather than by the container's session object: the
 * {@link org.springframework.mock.web.MockHttpSession} becomes the test's cookie jar.
 * Every response that sets or clears the session cookie updates the jar; every request
 * made with that session sends the cookie it holds. Only a request that names a session
 * is touched.
 */
@TestComponent
public class SessionCookieJar implements MockMvcBuilderCustomizer {

	static final String COOKIE = "JSESSIONID";

	private static final String JAR = SessionCookieJar.class.getName();

	@Override
	public void customize(ConfigurableMockMvcBuilder<?> builder) {
		builder.defaultRequest(
				org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/").with(sendCookie()));
		builder.alwaysDo(this::keepCookie);
	}

	private static RequestPostProcessor sendCookie() {
		return request -> {
			HttpSession session = request.getSession(false);
			if (session != null && session.getAttribute(JAR) instanceof String value) {
				Cookie[] cookies = request.getCookies();
				boolean named = false;
				if (cookies != null) {
					for (Cookie cookie : cookies) {
						named |= COOKIE.equals(cookie.getName());
					}
				}
				if (!named) {
					Cookie[] more = cookies == null ? new Cookie[1]
							: java.util.Arrays.copyOf(cookies, cookies.length + 1);
					more[more.length - 1] = new Cookie(COOKIE, value);
					request.setCookies(more);
				}
			}
			return request;
		};
	}

	private void keepCookie(MvcResult result) {
		MockHttpServletResponse response = result.getResponse();
		Cookie cookie = response.getCookie(COOKIE);
		if (cookie == null) {
			return;
		}
		HttpSession jar = result.getRequest().getSession(true);
		if (cookie.getMaxAge() == 0 || cookie.getValue() == null || cookie.getValue().isEmpty()) {
			jar.removeAttribute(JAR);
		}
		else {
			jar.setAttribute(JAR, cookie.getValue());
		}
	}

}
