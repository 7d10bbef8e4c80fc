package org.keywork.support;

/** Low, medium or high: used for likelihood and impact of a safety factor. */
public enum Level {

	LOW, MEDIUM, HIGH

}
