package org.keywork.sharing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Whether an item is shared with the person (the default) or withheld, and why: the value
 * a record embeds (columns {@code withheld}, {@code withheld_reason},
 * {@code withheld_detail}). Immutable; a shared item keeps no reason.
 */
@Embeddable
public class SharingDecision {

	@Column(name = "withheld")
	private boolean withheld;

	@Enumerated(EnumType.STRING)
	@Column(name = "withheld_reason")
	private WithholdReason withheldReason;

	@Column(name = "withheld_detail")
	private String withheldDetail;

	protected SharingDecision() {
	}

	private SharingDecision(boolean withheld, WithholdReason reason, String detail) {
		this.withheld = withheld;
		this.withheldReason = withheld ? reason : null;
		this.withheldDetail = withheld ? detail : null;
	}

	/** Shared with the person: the default. */
	public static SharingDecision shared() {
		return new SharingDecision(false, null, null);
	}

	/**
	 * Withheld from the person, for a reason (and words, needed for
	 * {@link WithholdReason#OTHER}).
	 */
	public static SharingDecision withheld(WithholdReason reason, String detail) {
		return new SharingDecision(true, reason, detail);
	}

	/**
	 * The same decision as a new value (an embedded value is never shared between two
	 * rows).
	 */
	public SharingDecision copy() {
		return new SharingDecision(this.withheld, this.withheldReason, this.withheldDetail);
	}

	public boolean isWithheld() {
		return this.withheld;
	}

	public WithholdReason getWithheldReason() {
		return this.withheldReason;
	}

	public String getWithheldDetail() {
		return this.withheldDetail;
	}

}
