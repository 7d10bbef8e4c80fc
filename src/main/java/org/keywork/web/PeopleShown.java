package org.keywork.web;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The people whose data the current request shows, for the access log (ADR 020). A page
 * about one person ({@code /service-users/{id}/**}, {@code /my-support/**}) is known from
 * its route; a page that lists people (search results, a caseload, a callover, a group
 * session) names the people it shows here, from the rows it is about to render. The
 * access log writes them all in one statement before the page is rendered, and no page is
 * shown if that write fails.
 */
public final class PeopleShown {

	private static final String ATTRIBUTE = PeopleShown.class.getName();

	private PeopleShown() {
	}

	/** Notes that the current page shows these people. */
	public static void add(Collection<Long> personIds) {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes == null) {
			return;
		}
		@SuppressWarnings("unchecked")
		Set<Long> shown = (Set<Long>) attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		if (shown == null) {
			shown = new LinkedHashSet<>();
			attributes.setAttribute(ATTRIBUTE, shown, RequestAttributes.SCOPE_REQUEST);
		}
		for (Long id : personIds) {
			if (id != null) {
				shown.add(id);
			}
		}
	}

	/** Notes that the current page shows this person. */
	public static void add(Long personId) {
		add(Collections.singletonList(personId));
	}

	/** Notes the people behind the rows of a list the current page shows. */
	public static <T> void of(Collection<? extends T> rows, Function<? super T, Long> personId) {
		add(rows.stream().map(personId).toList());
	}

	/** The people the request has noted so far. */
	public static Set<Long> in(HttpServletRequest request) {
		@SuppressWarnings("unchecked")
		Set<Long> shown = (Set<Long>) request.getAttribute(ATTRIBUTE);
		return shown == null ? Set.of() : shown;
	}

}
