package org.keywork.rent;

import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/**
 * Which columns of a landlord's statement hold what (columns from 0): the date (in one of
 * two formats), the description, and the money either as a charge (debit) column and a
 * payment (credit) column, or as one signed amount (positive a charge, negative a
 * payment).
 */
record Mapping(boolean hasHeader, int dateColumn, DateFormat dateFormat, int descriptionColumn, AmountMode amountMode,
		Integer chargeColumn, Integer paymentColumn, Integer amountColumn) {

	/**
	 * The date formats a statement may use; labels {@code rent.import.dateFormat.<NAME>}.
	 */
	enum DateFormat {

		DAY_MONTH_YEAR("d/M/uuuu"), ISO("uuuu-M-d");

		private final DateTimeFormatter formatter;

		DateFormat(String pattern) {
			this.formatter = DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
		}

		DateTimeFormatter formatter() {
			return this.formatter;
		}

	}

	/** How the money is given; labels {@code rent.import.amountMode.<NAME>}. */
	enum AmountMode {

		SEPARATE, SIGNED

	}

}
