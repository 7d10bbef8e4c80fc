package org.keywork.benefits;

/** How often the amount is paid. */
public enum BenefitPeriod {

	WEEKLY, FORTNIGHTLY, FOUR_WEEKLY, MONTHLY

}
