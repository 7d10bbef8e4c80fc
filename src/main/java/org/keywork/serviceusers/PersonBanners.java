package org.keywork.serviceusers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.keywork.security.KeyworkUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Gathers the {@link PersonBanner}s for every page of a person
 * ({@code /service-users/{id}/**}) into the model as {@code personBanners}, which the
 * shared layout renders above the page in order without knowing what they are.
 *
 * <p>
 * It never throws: a banner that fails is logged and left out, so the page still opens
 * (and a person out of reach still answers 404 from its controller).
 */
@ControllerAdvice
class PersonBanners {

	private static final Logger log = LoggerFactory.getLogger(PersonBanners.class);

	private static final String PATH_PREFIX = "/service-users/";

	private final List<PersonBanner> banners;

	PersonBanners(ObjectProvider<PersonBanner> banners) {
		this.banners = banners.orderedStream().toList();
	}

	@ModelAttribute("personBanners")
	List<PersonBanner.Banner> personBanners(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.startsWith(PATH_PREFIX)) {
			return List.of();
		}
		Long personId = personId(request);
		KeyworkUser user = currentUser();
		if (personId == null || user == null) {
			return List.of();
		}
		List<PersonBanner.Banner> shown = new ArrayList<>();
		for (PersonBanner banner : this.banners) {
			try {
				shown.addAll(banner.banners(user, personId));
			}
			catch (RuntimeException ex) {
				log.warn("Could not load the {} for {}", banner.getClass().getSimpleName(), request.getRequestURI(),
						ex);
			}
		}
		return shown;
	}

	private static Long personId(HttpServletRequest request) {
		if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
				&& variables.get("id") instanceof String id) {
			try {
				return Long.valueOf(id);
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

	private static KeyworkUser currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof KeyworkUser user) ? user : null;
	}

}
