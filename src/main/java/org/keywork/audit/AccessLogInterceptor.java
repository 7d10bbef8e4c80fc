package org.keywork.audit;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.keywork.security.KeyworkUser;
import org.keywork.security.Role;
import org.keywork.web.PeopleShown;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Logs every response that shows a person's data, before it is written (ADR 020):
 * <ul>
 * <li>a page rendered from a view, whatever the method (a POST that re-renders a form
 * with the person's data — a validation error, a 409 conflict — counts): in
 * {@link #postHandle}, which runs after the controller and before the view renders;</li>
 * <li>a body the controller returns (a download, a calendar file): from
 * {@link AccessLogBodyAdvice}, just before the body is written.</li>
 * </ul>
 * The people are the one a route names ({@code /service-users/{id}/**},
 * {@code .../people/{id}}, the person themself on {@code /my-support/**}) and every
 * person a list page noted in {@link PeopleShown}. The page is stored as the handler's
 * route pattern, with enumerated segments such as
 * {@code {kind:support-overview|safety-plan|action-plan}} filled in, so no query string,
 * search term or name ever reaches the log. A failed write throws
 * {@link AccessLogUnavailableException}: the reader gets the error page, never the data.
 * Redirects and refusals (403, 404) show nothing and are not logged.
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
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView == null || isRedirect(modelAndView)) {
			return;
		}
		record(request, response.getStatus());
	}

	/**
	 * Writes the log rows for the people the response shows, if any, in one statement.
	 * Throws if the write fails, so the response is never written.
	 */
	void record(HttpServletRequest request, int status) {
		if (status == HttpServletResponse.SC_FORBIDDEN || status == HttpServletResponse.SC_NOT_FOUND
				|| status == HttpServletResponse.SC_UNAUTHORIZED) {
			return;
		}
		KeyworkUser user = currentUser();
		if (!(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String pattern)
				|| user == null) {
			return;
		}
		Map<?, ?> variables = request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> m ? m : Map.of();
		Set<Long> people = new LinkedHashSet<>();
		Long named = personId(pattern, variables, user);
		if (named != null) {
			people.add(named);
		}
		people.addAll(PeopleShown.in(request));
		if (people.isEmpty()) {
			return;
		}
		try {
			this.accessLog.recordAll(user, people, page(pattern, variables));
		}
		catch (RuntimeException failure) {
			log.error("Could not log access by account {} to {} people on {} ({}): the response is withheld",
					user.getId(), people.size(), pattern, failure.getClass().getName());
			throw new AccessLogUnavailableException(failure);
		}
	}

	private static boolean isRedirect(ModelAndView modelAndView) {
		return (modelAndView.getViewName() != null && modelAndView.getViewName().startsWith("redirect:"))
				|| modelAndView.getView() instanceof RedirectView;
	}

	private static Long personId(String pattern, Map<?, ?> variables, KeyworkUser user) {
		if (pattern.startsWith("/my-support")) {
			return user.hasRole(Role.SERVICE_USER) ? user.getServiceUserId() : null;
		}
		if ((pattern.startsWith("/service-users/{id}") || pattern.contains("/people/{id}"))
				&& variables.get("id") instanceof String id) {
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
