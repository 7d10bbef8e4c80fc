package org.keywork.support;

/**
 * A version is a draft until it has been agreed with the person; an agreed version is
 * never changed again.
 */
enum RecordStatus {

	DRAFT, AGREED

}
