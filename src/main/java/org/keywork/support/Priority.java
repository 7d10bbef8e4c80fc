package org.keywork.support;

/** How much a life area needs attention now. */
public enum Priority {

	NONE, LOW, MEDIUM, HIGH

}
