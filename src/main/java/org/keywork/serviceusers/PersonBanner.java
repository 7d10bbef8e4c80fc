package org.keywork.serviceusers;

import java.util.List;

import org.keywork.database.Batch;
import org.keywork.database.Later;
import org.keywork.security.KeyworkUser;

/**
 * A banner shown above every page of a person ({@code /service-users/{id}/**}),
 * contributed by another capability: the staff-safety warnings of the Safety &amp;
 * Wellbeing Plan today; any later per-person alert the same way. Like
 * {@link PersonPageSection}, a capability adds one by declaring a bean of this type, and
 * neither the layout nor this package knows which capabilities do.
 *
 * <p>
 * Unlike a section, a banner is asked <em>before</em> the page's controller has checked
 * that {@code user} may open the person (it is gathered for the layout of every page of
 * the person, the person's own record not loaded). So a banner decides for itself,
 * through the access policy, whether this account may see the person and what of its own
 * it may see; it returns nothing for a person out of reach (the controller then answers
 * 404 as usual), must load what it shows with a fixed number of queries, and should ask
 * nothing at all when it has nothing to show. Banners are shown in
 * {@link org.springframework.core.annotation.Order} order.
 */
public interface PersonBanner {

	/**
	 * The banners, read straight away. A banner implements either this or
	 * {@link #banners(KeyworkUser, long, Batch)}, which the layout uses.
	 */
	default List<Banner> banners(KeyworkUser user, long personId) {
		throw new UnsupportedOperationException(getClass().getSimpleName() + " reads through a batch");
	}

	/**
	 * The banners, their queries registered in {@code batch} (ADR 022) so that every
	 * banner of the page is read in one statement. Nothing may be read before the
	 * returned value's {@link Later#get}.
	 */
	default Later<List<Banner>> banners(KeyworkUser user, long personId, Batch batch) {
		return Later.of(banners(user, personId));
	}

	/**
	 * What to render: the Thymeleaf {@code template} and {@code fragment} to insert,
	 * called with {@code data}.
	 */
	record Banner(String template, String fragment, Object data) {
	}

}
