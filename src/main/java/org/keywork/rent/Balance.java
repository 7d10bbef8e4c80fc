package org.keywork.rent;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Where a rent account stands: the balance (positive = owed), the arrears (the balance
 * when positive, else zero) and, when the current tenancy's weekly rent is known, the
 * arrears in weeks of rent (one decimal).
 */
public record Balance(BigDecimal balance, BigDecimal weeklyRent, long entries) {

	public BigDecimal arrears() {
		return this.balance.signum() > 0 ? this.balance : BigDecimal.ZERO.setScale(2);
	}

	public boolean inArrears() {
		return this.balance.signum() > 0;
	}

	public boolean inCredit() {
		return this.balance.signum() < 0;
	}

	/** The money in credit (positive), when the account is in credit. */
	public BigDecimal credit() {
		return this.balance.negate();
	}

	/**
	 * Arrears in weeks of rent, or null when there is no weekly rent to measure against.
	 */
	public BigDecimal weeks() {
		return weeks(arrears(), this.weeklyRent);
	}

	static BigDecimal weeks(BigDecimal arrears, BigDecimal weeklyRent) {
		if (weeklyRent == null || weeklyRent.signum() <= 0) {
			return null;
		}
		return arrears.divide(weeklyRent, 1, RoundingMode.HALF_UP);
	}

}
