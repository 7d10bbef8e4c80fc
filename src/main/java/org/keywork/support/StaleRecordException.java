package org.keywork.support;

import java.util.List;

/** The form was opened on an older state of the record than the one now saved. */
class StaleRecordException extends RuntimeException {

	private final transient SupportRecord current;

	private final transient List<RecordHistory.EventView> changesSince;

	StaleRecordException(SupportRecord current, List<RecordHistory.EventView> changesSince) {
		super("Support record " + current.getId() + " changed since the form was opened");
		this.current = current;
		this.changesSince = changesSince;
	}

	SupportRecord getCurrent() {
		return this.current;
	}

	List<RecordHistory.EventView> getChangesSince() {
		return this.changesSince;
	}

}
