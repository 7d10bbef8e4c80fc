package org.keywork.audit;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.keywork.security.KeyworkUser;
import org.keywork.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Logs every successful (2xx) GET of a person's pages: {@code /service-users/{id}/**} for
 * staff and peers, and {@code /my-support/**} for the person themself (their own record).
 * The page is stored as the handler's route pattern, with enumerated segments such as
 * {@code {kind:support-overview|safety-plan|action-plan}} filled in, so no query string,
 * search term or name ever reaches the log. A failure to log is reported, never shown to
 * the reader.
 */
@Component
class AccessLogInterceptor implements HandlerInterceptor {

	private static final Logger log = LoggerFactory.getLogger(AccessLogInterceptor.class);

	/** A path variable restricted by a regular expression, e.g. {kind:a|b}. */
	private static final Pattern CONSTRAINED_VARIABLE = Pattern.compile("\\{(\\w+):[^}]*}");

	private final AccessLog accessLog;

	AccessLogInterceptor(AccessLog accessLog) {
		this.accessLog = accessLog;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (ex != null || !"GET".equals(request.getMethod()) || response.getStatus() < 200
				|| response.getStatus() >= 300) {
			return;
		}
		KeyworkUser user = currentUser();
		if (!(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String pattern)
				|| user == null) {
			return;
		}
		Map<?, ?> variables = request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> m ? m : Map.of();
		Long personId = personId(pattern, variables, user);
		if (personId == null) {
			return;
		}
		try {
			this.accessLog.record(user, personId, page(pattern, variables));
		}
		catch (RuntimeException failure) {
			log.error("Could not log access by account {} to service user {}", user.getId(), personId, failure);
		}
	}

	private static Long personId(String pattern, Map<?, ?> variables, KeyworkUser user) {
		if (pattern.startsWith("/my-support")) {
			return user.hasRole(Role.SERVICE_USER) ? user.getServiceUserId() : null;
		}
		if (pattern.startsWith("/service-users/{id}") && variables.get("id") instanceof String id) {
			try {
				return Long.valueOf(id);
			}
			catch (NumberFormatException ignored) {
				return null;
			}
		}
		return null;
	}

	static String page(String pattern, Map<?, ?> variables) {
		Matcher matcher = CONSTRAINED_VARIABLE.matcher(pattern);
		StringBuilder page = new StringBuilder();
		while (matcher.find()) {
			Object value = variables.get(matcher.group(1));
			matcher.appendReplacement(page,
					Matcher.quoteReplacement(value == null ? matcher.group() : value.toString()));
		}
		matcher.appendTail(page);
		return page.length() > 200 ? page.substring(0, 200) : page.toString();
	}

	private static KeyworkUser currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof KeyworkUser user ? user : null;
	}

}
