package org.keywork.benefits;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.keywork.sharing.SharingDecision;

/**
 * One welfare benefit as a reader may see it. {@code otherName} names an
 * {@link BenefitType#OTHER} benefit; {@code amount} and {@code period} may be empty
 * (while applying).
 */
public record Benefit(Long id, Long personId, BenefitType type, String otherName, BenefitStatus status,
		LocalDate statusSince, BigDecimal amount, BenefitPeriod period, LocalDate reviewOn, String notes,
		SharingDecision sharing, long version) {

	public boolean isWithheld() {
		return this.sharing.isWithheld();
	}

	public boolean isAtRisk() {
		return BenefitStatus.AT_RISK.contains(this.status);
	}

	public boolean isOther() {
		return this.type == BenefitType.OTHER;
	}

}
