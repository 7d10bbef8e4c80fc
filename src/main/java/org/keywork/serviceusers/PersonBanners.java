package org.keywork.serviceusers;

import java.util.LinkedHashMap;
import org.keywork.database.Batch;
import org.keywork.database.Batches;
import org.keywork.database.Later;

import java.util.AbstractList;
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
 * (and a person out of reach still answers 404 from its controller). The banners' queries
 * are registered in the request's batch ({@link Batches#forRequest}) and read only when
 * the layout shows them: a controller that reads through the same batch sends them with
 * its own reads, as one statement, and a page that answers 404 or redirects sends none.
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
		// registered in the request's batch: sent with the page's own reads at the
		// controller's first read, or when the layout shows the banners
		Batch batch = this.batches.forRequest();
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
		return asked.isEmpty() ? List.of() : new Shown(asked, request.getRequestURI());
	}

	/**
	 * The banners to show, read when the layout first asks for them (by then usually sent
	 * with the page's reads); a banner that fails is logged and left out.
	 */
	private static final class Shown extends AbstractList<PersonBanner.Banner> {

		private final Map<PersonBanner, Later<List<PersonBanner.Banner>>> asked;

		private final String uri;

		private List<PersonBanner.Banner> shown;

		Shown(Map<PersonBanner, Later<List<PersonBanner.Banner>>> asked, String uri) {
			this.asked = asked;
			this.uri = uri;
		}

		private List<PersonBanner.Banner> shown() {
			if (this.shown == null) {
				List<PersonBanner.Banner> shown = new ArrayList<>();
				for (Map.Entry<PersonBanner, Later<List<PersonBanner.Banner>>> banner : this.asked.entrySet()) {
					try {
						shown.addAll(banner.getValue().get());
					}
					catch (RuntimeException ex) {
						log.warn("Could not load the {} for {}", banner.getKey().getClass().getSimpleName(), this.uri,
								ex);
					}
				}
				this.shown = List.copyOf(shown);
			}
			return this.shown;
		}

		@Override
		public PersonBanner.Banner get(int index) {
			return shown().get(index);
		}

		@Override
		public int size() {
			return shown().size();
		}

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
