package org.keywork.serviceusers;

import java.util.Optional;

import org.keywork.database.Batch;
import org.keywork.database.Later;
import org.keywork.security.KeyworkUser;

/**
 * A part of a person's page contributed by another capability (support records today;
 * outcome measures, tenancy and money later). The person's page is the hub that
 * per-person records hang off: a capability adds itself by declaring a bean of this type,
 * and the hub never has to know it exists.
 *
 * <p>
 * The hub has already checked that {@code user} may open {@code person}; a section
 * decides what of its own this account may see, must load it with a fixed number of
 * queries, and returns empty when it has nothing to show. Sections are shown in
 * {@link org.springframework.core.annotation.Order} order.
 */
public interface PersonPageSection {

	/**
	 * The section, read straight away. A section implements either this or
	 * {@link #content(KeyworkUser, ServiceUser, Batch)}, which the page uses.
	 */
	default Optional<Content> content(KeyworkUser user, ServiceUser person) {
		throw new UnsupportedOperationException(getClass().getSimpleName() + " reads through a batch");
	}

	/**
	 * The section, its queries registered in {@code batch} (ADR 022) so that every
	 * section of the page is read in one statement. Nothing may be read before the
	 * returned value's {@link Later#get}.
	 */
	default Later<Optional<Content>> content(KeyworkUser user, ServiceUser person, Batch batch) {
		return Later.of(content(user, person));
	}

	/**
	 * What to render: the Thymeleaf {@code template} and {@code fragment} to insert,
	 * called with the person and {@code data}.
	 */
	record Content(String template, String fragment, Object data) {
	}

}
