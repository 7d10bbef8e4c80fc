package org.keywork.earlywarning;

/**
 * The guide's response to an early warning, in its order: talk with the person, agree a
 * repayment plan, agree it with the landlord, set up an automated payment, check their
 * benefits.
 */
public enum ChecklistStep {

	TALK, REPAYMENT_PLAN, LANDLORD, AUTOMATED_PAYMENT, CHECK_BENEFITS;

	/** The step named in a path ({@code repayment-plan}), or null. */
	static ChecklistStep fromSlug(String slug) {
		for (ChecklistStep step : values()) {
			if (step.slug().equals(slug)) {
				return step;
			}
		}
		return null;
	}

	public String slug() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
