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
 * queries registered in the page's {@link Batch} (so that all sections together cost one
 * statement), and returns empty when it has nothing to show. Sections are shown in
 * {@link org.springframework.core.annotation.Order} order.
 */
public interface PersonPageSection {

	/**
	 * The section, its queries registered in {@code batch} (ADR 022) and none read yet:
	 * the hub asks every section first and then reads them all, so that every section of
	 * the page is read in one statement. Nothing may be read before the returned value's
	 * {@link Later#get}; a section that needs a second query that depends on the first
	 * folds it into SQL (a join or subquery) so that it can be registered up front too.
	 */
	Later<Optional<Content>> content(KeyworkUser user, ServiceUser person, Batch batch);

	/**
	 * What to render: the Thymeleaf {@code template} and {@code fragment} to insert,
	 * called with the person and {@code data}. The fragment names its second parameter
	 * after the section ({@code intensitySection}, not {@code data}): Thymeleaf caches an
	 * expression by its text, and one text meeting two sections' records is compiled
	 * again and again (ADR 025).
	 */
	record Content(String template, String fragment, Object data) {
	}

}
