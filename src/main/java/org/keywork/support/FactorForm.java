package org.keywork.support;

import org.keywork.sharing.WithholdingFields;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * Adding or changing one factor of a Safety &amp; Wellbeing Plan, and whether it is
 * shared with the person.
 */
class FactorForm extends WithholdingFields {

	static final int TEXT_MAX = 2000;

	@NotBlank(message = "{safety.factor.category.required}")
	private String category;

	@NotBlank(message = "{safety.factor.description.required}")
	@Size(max = TEXT_MAX, message = "{safety.factor.description.size}")
	private String description;

	@Size(max = TEXT_MAX, message = "{safety.factor.triggers.size}")
	private String triggers;

	@NotNull(message = "{safety.factor.likelihood.required}")
	private Level likelihood;

	@NotNull(message = "{safety.factor.impact.required}")
	private Level impact;

	@Size(max = TEXT_MAX, message = "{safety.factor.personWillDo.size}")
	private String personWillDo;

	@Size(max = TEXT_MAX, message = "{safety.factor.staffWillDo.size}")
	private String staffWillDo;

	@Size(max = TEXT_MAX, message = "{safety.factor.othersInvolved.size}")
	private String othersInvolved;

	private Long version;

	static FactorForm of(SafetyPlanContent.Factor factor, long version) {
		FactorForm form = new FactorForm();
		form.category = factor.getCategory();
		form.description = factor.getDescription();
		form.triggers = factor.getTriggers();
		form.likelihood = factor.getLikelihood();
		form.impact = factor.getImpact();
		form.personWillDo = factor.getPersonWillDo();
		form.staffWillDo = factor.getStaffWillDo();
		form.othersInvolved = factor.getOthersInvolved();
		form.withholding(factor.isWithheld(), factor.getWithheldReason(), factor.getWithheldDetail());
		form.version = version;
		return form;
	}

	/** Withholding the factor: {@link Withholding}. */
	void validate(Errors errors) {
		validateWithholding(errors);
	}

	/** Copies the form into a factor; a shared factor keeps no reason. */
	void applyTo(SafetyPlanContent.Factor factor) {
		factor.setCategory(this.category);
		factor.setDescription(trim(this.description));
		factor.setTriggers(trim(this.triggers));
		factor.setLikelihood(this.likelihood);
		factor.setImpact(this.impact);
		factor.setPersonWillDo(trim(this.personWillDo));
		factor.setStaffWillDo(trim(this.staffWillDo));
		factor.setOthersInvolved(trim(this.othersInvolved));
		factor.setWithheld(isWithheld());
		factor.setWithheldReason(reasonIfWithheld());
		factor.setWithheldDetail(detailIfWithheld());
	}

	private static String trim(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public String getCategory() {
		return this.category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getTriggers() {
		return this.triggers;
	}

	public void setTriggers(String triggers) {
		this.triggers = triggers;
	}

	public Level getLikelihood() {
		return this.likelihood;
	}

	public void setLikelihood(Level likelihood) {
		this.likelihood = likelihood;
	}

	public Level getImpact() {
		return this.impact;
	}

	public void setImpact(Level impact) {
		this.impact = impact;
	}

	public String getPersonWillDo() {
		return this.personWillDo;
	}

	public void setPersonWillDo(String personWillDo) {
		this.personWillDo = personWillDo;
	}

	public String getStaffWillDo() {
		return this.staffWillDo;
	}

	public void setStaffWillDo(String staffWillDo) {
		this.staffWillDo = staffWillDo;
	}

	public String getOthersInvolved() {
		return this.othersInvolved;
	}

	public void setOthersInvolved(String othersInvolved) {
		this.othersInvolved = othersInvolved;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
