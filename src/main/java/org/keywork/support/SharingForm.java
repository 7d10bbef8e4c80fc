package org.keywork.support;

import org.keywork.sharing.WithholdingFields;

import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * Sharing a record (or item) with the person, or withholding it with a reason. Shared is
 * the default: withholding is an explicit decision, and "other" needs words.
 */
class SharingForm extends WithholdingFields {

	private Long version;

	void validate(Errors errors) {
		validateWithholding(errors);
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
