package org.keywork.caseload;

import java.util.Optional;

import org.keywork.database.Batch;
import org.keywork.database.Later;
import org.keywork.security.KeyworkUser;

/**
 * Something in the teams a manager manages that is waiting for them (a request to answer,
 * feedback to read), shown at the top of the team dashboard. Other capabilities declare
 * beans of this type, so the dashboard does not depend on them. A notice counts only what
 * the manager may see, in one query registered in the caller's {@link Batch} (so that
 * every notice is read in one statement with the dashboard's people), and is empty when
 * there is nothing.
 */
public interface TeamNotice {

	Later<Optional<Notice>> notice(KeyworkUser manager, Batch batch);

	/**
	 * {@code messageKey} is a message taking the count as its first argument and
	 * {@code detail} (may be null) as its second; {@code href} is where the manager deals
	 * with it.
	 */
	record Notice(String messageKey, long count, Object detail, String href) {

		public Notice(String messageKey, long count, String href) {
			this(messageKey, count, null, href);
		}

	}

}
