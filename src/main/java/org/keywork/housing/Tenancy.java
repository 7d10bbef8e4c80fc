package org.keywork.housing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The tenancy of an accommodation episode: its landlord, terms and rent (money as
 * {@link BigDecimal}, never floating point), with whether it was sustained at 6 and 12
 * months as of the day it was read.
 */
public record Tenancy(Long id, Long landlordId, String landlordName, TenancyTerms.Type type, LocalDate startedOn,
		BigDecimal rentAmount, TenancyTerms.Frequency rentFrequency, TenancyTerms.WhoPays whoPays,
		boolean automatedPayment, long version, Sustained sixMonths, Sustained twelveMonths) {

	/**
	 * The forms of accommodation that have a tenancy (in SQL:
	 * {@link #TENANCY_FORMS_SQL}).
	 */
	static final String TENANCY_FORMS_SQL = "('HOUSING_FIRST_TENANCY', 'PRIVATE_RENTED', 'SOCIAL_RENTED', 'SUPPORTED_HOUSING')";

	static boolean hasTenancy(AccommodationKind kind) {
		return switch (kind) {
			case HOUSING_FIRST_TENANCY, PRIVATE_RENTED, SOCIAL_RENTED, SUPPORTED_HOUSING -> true;
			default -> false;
		};
	}

}
