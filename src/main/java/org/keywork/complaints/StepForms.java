package org.keywork.complaints;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The forms of the steps of a complaint. Each carries the complaint's {@code version}
 * (optimistic locking: a hidden field, 400 when missing).
 */
final class StepForms {

	private StepForms() {
	}

	/** The first response: when, who, what was done. */
	static class ResponseForm {

		@NotNull(message = "{complaints.respondedOn.required}")
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate respondedOn;

		@NotNull(message = "{complaints.respondedTime.required}")
		@DateTimeFormat(pattern = "HH:mm")
		private LocalTime respondedTime;

		@NotBlank(message = "{complaints.who.required}")
		@Size(max = 200, message = "{complaints.who.size}")
		private String who;

		@NotBlank(message = "{complaints.done.required}")
		@Size(max = 2000, message = "{complaints.done.size}")
		private String done;

		private Long version;

		/** Not before the complaint was received, not in the future. */
		void validate(Errors errors, Instant received, LocalDateTime now, ZoneId zone) {
			if (this.respondedOn == null || this.respondedTime == null) {
				return;
			}
			LocalDateTime at = at();
			if (at.isAfter(now)) {
				errors.rejectValue("respondedOn", "complaints.respondedOn.future");
			}
			else if (at.atZone(zone).toInstant().isBefore(received)) {
				errors.rejectValue("respondedOn", "complaints.respondedOn.beforeReceived");
			}
		}

		LocalDateTime at() {
			return LocalDateTime.of(this.respondedOn, this.respondedTime);
		}

		public LocalDate getRespondedOn() {
			return this.respondedOn;
		}

		public void setRespondedOn(LocalDate respondedOn) {
			this.respondedOn = respondedOn;
		}

		public LocalTime getRespondedTime() {
			return this.respondedTime;
		}

		public void setRespondedTime(LocalTime respondedTime) {
			this.respondedTime = respondedTime;
		}

		public String getWho() {
			return this.who;
		}

		public void setWho(String who) {
			this.who = who;
		}

		public String getDone() {
			return this.done;
		}

		public void setDone(String done) {
			this.done = done;
		}

		public Long getVersion() {
			return this.version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

	}

	/** An action taken, or a weekly reflection with the landlord (who attended). */
	static class EntryForm {

		@NotNull(message = "{complaints.occurredOn.required}")
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate occurredOn;

		@Size(max = 500, message = "{complaints.attended.size}")
		private String attended;

		@NotBlank(message = "{complaints.entryText.required}")
		@Size(max = 4000, message = "{complaints.text.size}")
		private String text;

		private Long version;

		/** Not in the future; a reflection says who attended. */
		void validate(Errors errors, Complaint.EntryKind kind, LocalDate today) {
			if (this.occurredOn != null && this.occurredOn.isAfter(today)) {
				errors.rejectValue("occurredOn", "complaints.occurredOn.future");
			}
			if (kind == Complaint.EntryKind.REFLECTION && (this.attended == null || this.attended.isBlank())) {
				errors.rejectValue("attended", "complaints.attended.required");
			}
		}

		public LocalDate getOccurredOn() {
			return this.occurredOn;
		}

		public void setOccurredOn(LocalDate occurredOn) {
			this.occurredOn = occurredOn;
		}

		public String getAttended() {
			return this.attended;
		}

		public void setAttended(String attended) {
			this.attended = attended;
		}

		public String getText() {
			return this.text;
		}

		public void setText(String text) {
			this.text = text;
		}

		public Long getVersion() {
			return this.version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

	}

	/** The outcome that closes the complaint. */
	static class OutcomeForm {

		@NotNull(message = "{complaints.outcome.required}")
		private Complaint.Outcome outcome;

		@Size(max = 2000, message = "{complaints.done.size}")
		private String outcomeText;

		private Long version;

		/** "Other" says what. */
		void validate(Errors errors) {
			if (this.outcome == Complaint.Outcome.OTHER && (this.outcomeText == null || this.outcomeText.isBlank())) {
				errors.rejectValue("outcomeText", "complaints.outcomeText.required");
			}
		}

		public Complaint.Outcome getOutcome() {
			return this.outcome;
		}

		public void setOutcome(Complaint.Outcome outcome) {
			this.outcome = outcome;
		}

		public String getOutcomeText() {
			return this.outcomeText;
		}

		public void setOutcomeText(String outcomeText) {
			this.outcomeText = outcomeText;
		}

		public Long getVersion() {
			return this.version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

	}

	/** After an incident: what happened, what we learned. */
	static class LearningForm {

		@NotBlank(message = "{complaints.happened.required}")
		@Size(max = 4000, message = "{complaints.text.size}")
		private String happened;

		@NotBlank(message = "{complaints.learned.required}")
		@Size(max = 4000, message = "{complaints.text.size}")
		private String learned;

		private Long version;

		public String getHappened() {
			return this.happened;
		}

		public void setHappened(String happened) {
			this.happened = happened;
		}

		public String getLearned() {
			return this.learned;
		}

		public void setLearned(String learned) {
			this.learned = learned;
		}

		public Long getVersion() {
			return this.version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

	}

}
