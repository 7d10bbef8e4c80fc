package org.keywork.referrals;

/** What an agency in the directory mainly helps with. */
public enum AgencyKind {

	HEALTH, DRUGS_ALCOHOL, MENTAL_HEALTH, BENEFITS_DEBT, HOUSING, EMPLOYMENT_LEARNING, LEGAL, OTHER

}
