package org.keywork.wellbeing;

/** Who completed a reading. Labels: {@code wellbeing.completedBy.<NAME>}. */
public enum Completer {

	/** The person themselves, in the portal. */
	PERSON,

	/** A worker, with the person. */
	WORKER

}
