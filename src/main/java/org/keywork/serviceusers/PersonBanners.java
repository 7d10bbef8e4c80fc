package org.keywork.serviceusers;

import java.util.LinkedHashMap;
import org.keywork.database.Batch;
import org.keywork.database.Batches;
import org.keywork.database.Later;

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

	private final Batches batches;

	PersonBanners(ObjectProvider<PersonBanner> banners, Batches batches) {
		this.banners = banners.orderedStream().toList();
		this.batches = batches;
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
		Batch batch = this.batches.start();
		Map<PersonBanner, Later<List<PersonBanner.Banner>>> asked = new LinkedHashMap<>();
		for (PersonBanner banner : this.banners) {
			try {
				asked.put(banner, banner.banners(user, personId, batch));
			}
			catch (RuntimeException ex) {
				log.warn("Could not load the {} for {}", banner.getClass().getSimpleName(), request.getRequestURI(),
						ex);
			}
		}
		List<PersonBanner.Banner> shown = new ArrayList<>();
		for (Map.Entry<PersonBanner, Later<List<PersonBanner.Banner>>> banner : asked.entrySet()) {
			try {
				shown.addAll(banner.getValue().get());
			}
			catch (RuntimeException ex) {
				log.warn("Could not load the {} for {}", banner.getKey().getClass().getSimpleName(),
						request.getRequestURI(), ex);
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
