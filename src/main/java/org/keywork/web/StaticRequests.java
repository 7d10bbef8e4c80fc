package org.keywork.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Requests for static resources (stylesheets, scripts, images, fonts, the icon): they
 * read no data, so they take no page transaction and do not queue for a turn.
 */
final class StaticRequests {

	private static final String[] PREFIXES = { "/css/", "/js/", "/images/", "/webjars/", "/assets/", "/favicon.ico" };

	private StaticRequests() {
	}

	static boolean isStatic(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		for (String prefix : PREFIXES) {
			if (path.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

}
