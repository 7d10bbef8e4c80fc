package org.keywork.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Rewrites links to static resources to their versioned URLs (GOV.UK Frontend's webjar:
 * {@code /webjars/govuk-frontend/dist/...} becomes
 * {@code /webjars/govuk-frontend/5.x/dist/...}), and leaves every other link alone.
 *
 * <p>
 * Boot's own {@link ResourceUrlEncodingFilter} asks the resource chain about every link a
 * page writes. A link that is not a resource ({@code /service-users/42}) matches the
 * {@code /**} static handler, misses on every class-path location (opening nested jar
 * entries inside the jar), and a miss is never cached: that was ~35 % of the CPU of the
 * person page (docs/performance.md). Only the prefixes below are static resources
 * (SecurityConfiguration permits the same ones).
 */
class StaticResourceUrlEncodingFilter extends ResourceUrlEncodingFilter {

	static final List<String> STATIC_PREFIXES = List.of("/webjars/", "/css/", "/js/", "/images/", "/assets/");

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain filterChain)
			throws ServletException, IOException {
		if (!(request instanceof HttpServletRequest httpRequest)
				|| !(response instanceof HttpServletResponse httpResponse)) {
			filterChain.doFilter(request, response);
			return;
		}
		// the parent wraps the response so that encodeURL resolves through the resource
		// chain; wrap that once more so that only static resources go there
		super.doFilter(request, response,
				(wrappedRequest, resolvingResponse) -> filterChain.doFilter(wrappedRequest, new StaticOnlyResponse(
						(HttpServletResponse) resolvingResponse, httpResponse, httpRequest.getContextPath())));
	}

	static boolean isStaticResource(String url, String contextPath) {
		if (!url.startsWith(contextPath)) {
			return false;
		}
		String path = url.substring(contextPath.length());
		for (String prefix : STATIC_PREFIXES) {
			if (path.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	private static final class StaticOnlyResponse extends HttpServletResponseWrapper {

		private final HttpServletResponse plain;

		private final String contextPath;

		StaticOnlyResponse(HttpServletResponse resolving, HttpServletResponse plain, String contextPath) {
			super(resolving);
			this.plain = plain;
			this.contextPath = contextPath;
		}

		@Override
		public String encodeURL(String url) {
			return isStaticResource(url, this.contextPath) ? super.encodeURL(url) : this.plain.encodeURL(url);
		}

	}

}
