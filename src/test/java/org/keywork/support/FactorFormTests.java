package org.keywork.support;

import org.junit.jupiter.api.Test;
import org.keywork.sharing.WithholdReason;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Safety Plan factor, without Spring: the sharing rules with messages that name a
 * factor, and a form made from a stored factor keeps every field.
 */
class FactorFormTests {

	@Test
	void aSharedFactorNeedsNoReason() {
		assertThat(errors(FactorForm.of(factor(false, null, null), 3)).hasErrors()).isFalse();
	}

	@Test
	void aWithheldFactorNeedsAReason() {
		Errors errors = errors(FactorForm.of(factor(true, null, null), 3));
		assertThat(errors.getErrorCount()).isOne();
		assertThat(errors.getFieldError("withheldReason").getCode()).isEqualTo("sharing.reason.required");
	}

	@Test
	void otherNeedsWords() {
		Errors errors = errors(FactorForm.of(factor(true, WithholdReason.OTHER, ""), 3));
		assertThat(errors.getErrorCount()).isOne();
		assertThat(errors.getFieldError("withheldDetail").getCode()).isEqualTo("sharing.detail.required");
		assertThat(errors(FactorForm.of(factor(true, WithholdReason.OTHER, "Police advice"), 3)).hasErrors()).isFalse();
		assertThat(errors(FactorForm.of(factor(true, WithholdReason.THIRD_PARTY, null), 3)).hasErrors()).isFalse();
	}

	@Test
	void aFormFromAStoredFactorKeepsItsFieldsAndTheVersion() {
		SafetyPlanContent.Factor factor = factor(true, WithholdReason.OTHER, "Police advice");
		factor.setTriggers("Loud places");
		factor.setPersonWillDo("Call my sister");
		factor.setStaffWillDo("Visit in pairs");
		factor.setOthersInvolved("The police");
		FactorForm form = FactorForm.of(factor, 9);
		assertThat(form.getCategory()).isEqualTo("HARM_TO_OTHERS");
		assertThat(form.getDescription()).isEqualTo("Something to keep in mind");
		assertThat(form.getTriggers()).isEqualTo("Loud places");
		assertThat(form.getLikelihood()).isEqualTo(Level.MEDIUM);
		assertThat(form.getImpact()).isEqualTo(Level.LOW);
		assertThat(form.getPersonWillDo()).isEqualTo("Call my sister");
		assertThat(form.getStaffWillDo()).isEqualTo("Visit in pairs");
		assertThat(form.getOthersInvolved()).isEqualTo("The police");
		assertThat(form.isWithheld()).isTrue();
		assertThat(form.getWithheldReason()).isEqualTo(WithholdReason.OTHER);
		assertThat(form.getWithheldDetail()).isEqualTo("Police advice");
		assertThat(form.getVersion()).isEqualTo(9L);
	}

	private static SafetyPlanContent.Factor factor(boolean withheld, WithholdReason reason, String detail) {
		SafetyPlanContent.Factor factor = new SafetyPlanContent.Factor();
		factor.setId("factor-1");
		factor.setCategory("HARM_TO_OTHERS");
		factor.setDescription("Something to keep in mind");
		factor.setLikelihood(Level.MEDIUM);
		factor.setImpact(Level.LOW);
		factor.setWithheld(withheld);
		factor.setWithheldReason(reason);
		factor.setWithheldDetail(detail);
		return factor;
	}

	private static Errors errors(FactorForm form) {
		Errors errors = new BeanPropertyBindingResult(form, "factorForm");
		form.validate(errors);
		return errors;
	}

}
