package org.keywork.contacts;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keywork.sharing.WithholdReason;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules across fields of a contact note ({@link ContactNoteForm#validate}), without
 * Spring: the field-level constraints are checked by the controller tests.
 */
class ContactNoteFormTests {

	static final LocalDateTime NOW = LocalDateTime.of(2026, 5, 20, 14, 30);

	@Test
	void aQuickNoteNowIsValid() {
		assertThat(errors(quick(), false).hasErrors()).isFalse();
	}

	@Test
	void aContactInTheFutureIsRejectedButAMinuteOfClockDriftIsNot() {
		ContactNoteForm drift = quick();
		drift.setContactAt(NOW.plusMinutes(1));
		assertThat(errors(drift, false).hasErrors()).isFalse();

		ContactNoteForm future = quick();
		future.setContactAt(NOW.plusMinutes(2));
		assertThat(codes(errors(future, false), "contactAt")).containsExactly("contactNote.contactAt.future");
	}

	@Test
	void theNextContactCannotBeBeforeThisOne() {
		ContactNoteForm before = quick();
		before.setNextContactOn(NOW.toLocalDate().minusDays(1));
		assertThat(codes(errors(before, false), "nextContactOn"))
			.containsExactly("contactNote.nextContactOn.beforeContact");

		ContactNoteForm sameDay = quick();
		sameDay.setNextContactOn(NOW.toLocalDate());
		assertThat(errors(sameDay, false).hasErrors()).isFalse();
	}

	@Test
	void withholdingNeedsAReasonAndOtherNeedsWords() {
		ContactNoteForm noReason = quick();
		noReason.setWithheld(true);
		assertThat(codes(errors(noReason, false), "withheldReason")).containsExactly("sharing.reason.required");

		ContactNoteForm other = quick();
		other.setWithheld(true);
		other.setWithheldReason(WithholdReason.OTHER);
		other.setWithheldDetail("  ");
		assertThat(codes(errors(other, false), "withheldDetail")).containsExactly("sharing.detail.required");

		other.setWithheldDetail("Their sister asked us not to share it");
		assertThat(errors(other, false).hasErrors()).isFalse();

		ContactNoteForm thirdParty = quick();
		thirdParty.setWithheld(true);
		thirdParty.setWithheldReason(WithholdReason.THIRD_PARTY);
		assertThat(errors(thirdParty, false).hasErrors()).isFalse();
	}

	@Test
	void aReasonWithoutWithholdingIsNotAnError() {
		ContactNoteForm form = quick();
		form.setWithheldReason(WithholdReason.OTHER);
		assertThat(errors(form, false).hasErrors()).isFalse();
	}

	@Test
	void staffOnlyDetailNeedsAReason() {
		ContactNoteForm form = quick();
		form.setStaffOnlyDetail("Kept text");
		assertThat(codes(errors(form, false), "staffOnlyReason"))
			.containsExactly("contactNote.staffOnlyReason.required");

		form.setStaffOnlyReason(WithholdReason.STAFF_SAFETY);
		assertThat(errors(form, false).hasErrors()).isFalse();
	}

	@Test
	void aRestrictedNoteNeedsAReason() {
		ContactNoteForm form = quick();
		form.setRestricted(true);
		form.setRestrictedReason(" ");
		assertThat(codes(errors(form, false), "restrictedReason"))
			.containsExactly("contactNote.restrictedReason.required");

		form.setRestrictedReason("Safeguarding enquiry");
		assertThat(errors(form, false).hasErrors()).isFalse();
	}

	@Test
	void onlyACorrectionNeedsACorrectionReason() {
		ContactNoteForm form = quick();
		assertThat(errors(form, false).hasErrors()).isFalse();
		assertThat(codes(errors(form, true), "correctionReason"))
			.containsExactly("contactNote.correctionReason.required");

		form.setCorrectionReason("Wrong day");
		assertThat(errors(form, true).hasErrors()).isFalse();
	}

	@Test
	void aQuickNoteIsAnHourAtHomeNowAndAnAttemptFiveMinutes() {
		ContactNoteForm visit = ContactNoteForm.quick(NOW.plusSeconds(42), null);
		assertThat(visit.getContactAt()).isEqualTo(NOW);
		assertThat(visit.getType()).isEqualTo(ContactType.HOME_VISIT);
		assertThat(visit.getDurationMinutes()).isEqualTo(60);
		assertThat(ContactNoteForm.quick(NOW, ContactType.ATTEMPTED_NO_ANSWER).getDurationMinutes()).isEqualTo(5);
	}

	private static ContactNoteForm quick() {
		ContactNoteForm form = ContactNoteForm.quick(NOW, ContactType.HOME_VISIT);
		form.setNote("We talked about the week ahead.");
		return form;
	}

	private static Errors errors(ContactNoteForm form, boolean correcting) {
		Errors errors = new BeanPropertyBindingResult(form, "contactNoteForm");
		form.validate(errors, NOW, correcting);
		return errors;
	}

	private static List<String> codes(Errors errors, String field) {
		assertThat(errors.getErrorCount()).as("errors: %s", errors.getAllErrors())
			.isEqualTo(errors.getFieldErrorCount(field));
		return errors.getFieldErrors(field).stream().map(error -> error.getCode()).toList();
	}

}
