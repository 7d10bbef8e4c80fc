package org.keywork.caseload;

import java.util.List;

import org.keywork.caseload.TeamNotice.Notice;
import org.keywork.database.Batch;
import org.keywork.database.Later;
import org.keywork.security.KeyworkUser;

/**
 * Something the people a worker is keyworker for are waiting on them for (for example
 * something the person told us in the portal is wrong in their details), shown at the top
 * of My caseload until it is dealt with. Other capabilities declare beans of this type,
 * so the caseload does not depend on them. A notice lists only people the worker may
 * change the records of, in one query registered in the caller's {@link Batch} (so that
 * every notice is read in one statement with the caseload's people), and is empty when
 * there is nothing.
 */
public interface CaseloadNotice {

	/**
	 * One notice per person waiting; {@code detail} names the person, {@code href} is
	 * where it is dealt with.
	 */
	Later<List<Notice>> notices(KeyworkUser worker, Batch batch);

}
