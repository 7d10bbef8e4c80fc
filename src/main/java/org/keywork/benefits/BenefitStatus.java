package org.keywork.benefits;

import java.util.EnumSet;
import java.util.Set;

/** Where a claim stands. Suspended, sanctioned or stopped raise the early warning. */
public enum BenefitStatus {

	APPLYING, AWARDED, SUSPENDED, SANCTIONED, STOPPED;

	/** The statuses that put the person's home at risk. */
	static final Set<BenefitStatus> AT_RISK = EnumSet.of(SUSPENDED, SANCTIONED, STOPPED);

}
