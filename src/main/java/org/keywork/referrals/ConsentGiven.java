package org.keywork.referrals;

/** How the person gave their consent. */
public enum ConsentGiven {

	VERBAL, WRITTEN, PORTAL

}
