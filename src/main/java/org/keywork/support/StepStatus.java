package org.keywork.support;

/** Where a step of an Action Plan goal has got to. */
public enum StepStatus {

	NOT_STARTED, IN_PROGRESS, DONE, NO_LONGER_NEEDED;

	public boolean isClosed() {
		return this == DONE || this == NO_LONGER_NEEDED;
	}

}
