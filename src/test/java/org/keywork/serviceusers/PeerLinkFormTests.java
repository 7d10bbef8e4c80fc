package org.keywork.serviceusers;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keywork.security.PeerScope;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Linking a peer, without Spring: the person's agreement is required and cannot be dated
 * after today; the narrowest scope is the default.
 */
class PeerLinkFormTests {

	static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

	private static ValidatorFactory factory;

	private static Validator validator;

	@BeforeAll
	static void validator() {
		factory = Validation.byDefaultProvider()
			.configure()
			.messageInterpolator(new ParameterMessageInterpolator())
			.buildValidatorFactory();
		validator = factory.getValidator();
	}

	@AfterAll
	static void close() {
		factory.close();
	}

	@Test
	void aCompleteLinkIsValid() {
		PeerLinkForm form = agreed(TODAY);
		assertThat(validator.validate(form)).isEmpty();
		assertThat(crossField(form, TODAY).hasErrors()).isFalse();
	}

	@Test
	void theNarrowestScopeIsTheDefault() {
		assertThat(new PeerLinkForm().getScope()).isEqualTo(PeerScope.ACTION_PLAN);
	}

	@Test
	void thePersonsAgreementIsRequired() {
		PeerLinkForm form = agreed(TODAY);
		form.setConsent(false);
		assertThat(templates(form)).containsExactly("consent={peer.consent.required}");
	}

	@Test
	void theDayOfTheAgreementIsRequired() {
		PeerLinkForm form = agreed(null);
		assertThat(templates(form)).containsExactly("consentGivenOn={peer.consentGivenOn.required}");
	}

	@Test
	void thePeerAndTheScopeAreRequired() {
		PeerLinkForm form = agreed(TODAY);
		form.setPeerId(null);
		form.setScope(null);
		assertThat(templates(form)).containsExactlyInAnyOrder("peerId={peer.peerId.required}",
				"scope={peer.scope.required}");
	}

	@Test
	void anAgreementCannotBeDatedAfterToday() {
		Errors errors = crossField(agreed(TODAY.plusDays(1)), TODAY);
		assertThat(errors.getErrorCount()).isOne();
		assertThat(errors.getFieldError("consentGivenOn").getCode()).isEqualTo("peer.consentGivenOn.future");
		assertThat(crossField(agreed(TODAY.minusYears(1)), TODAY).hasErrors()).isFalse();
		assertThat(crossField(agreed(null), TODAY).hasErrors()).isFalse();
	}

	private static PeerLinkForm agreed(LocalDate on) {
		PeerLinkForm form = new PeerLinkForm();
		form.setPeerId(7L);
		form.setConsent(true);
		form.setConsentGivenOn(on);
		form.setScope(PeerScope.NOTES);
		return form;
	}

	private static Errors crossField(PeerLinkForm form, LocalDate today) {
		Errors errors = new BeanPropertyBindingResult(form, "peerLinkForm");
		form.validate(errors, today);
		return errors;
	}

	private static Set<String> templates(PeerLinkForm form) {
		Set<ConstraintViolation<PeerLinkForm>> violations = validator.validate(form);
		return violations.stream()
			.map(violation -> violation.getPropertyPath() + "=" + violation.getMessageTemplate())
			.collect(java.util.stream.Collectors.toSet());
	}

}
