package org.keywork.housing;

/**
 * The fixed choices of a tenancy. Labels: {@code tenancy.type.<NAME>},
 * {@code tenancy.frequency.<NAME>}, {@code tenancy.whoPays.<NAME>}.
 */
final class TenancyTerms {

	private TenancyTerms() {
	}

	/** The kind of tenancy agreement. */
	enum Type {

		ASSURED_SHORTHOLD, ASSURED, SECURE, LICENCE, INTRODUCTORY, OTHER

	}

	/** How often the rent is due. */
	enum Frequency {

		WEEKLY, FORTNIGHTLY, FOUR_WEEKLY, MONTHLY

	}

	/** Who pays the rent. */
	enum WhoPays {

		THE_PERSON, HOUSING_BENEFIT_DIRECT, UNIVERSAL_CREDIT_DIRECT, MIXED

	}

}
