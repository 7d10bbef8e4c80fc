package org.keywork.support;

/** Who does a step: the person, their keyworker, a peer, or a named other agency. */
public enum StepOwner {

	PERSON, KEYWORKER, PEER, OTHER_AGENCY

}
