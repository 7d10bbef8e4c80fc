package org.keywork.benefits;

/** The benefits the team meets most; anything else is {@link #OTHER} with its name. */
public enum BenefitType {

	UNIVERSAL_CREDIT, HOUSING_BENEFIT, PIP, ESA, JSA, PENSION_CREDIT, COUNCIL_TAX_REDUCTION, OTHER

}
