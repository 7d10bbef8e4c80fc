package org.keywork.outcomes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.keywork.sharing.WithholdingFields;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * A new star reading, or a correction of one: the date, and per area of the measure the
 * score agreed with the person (1–10), an optional note and the person's own score where
 * they see it differently; whether it is shared with the person. Scores are kept as typed
 * so that they are shown again when something is wrong.
 */
class ReadingForm extends WithholdingFields {

	private Long measureId;

	@NotNull(message = "{reading.takenOn.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate takenOn;

	private List<AreaEntry> areas = new ArrayList<>();

	private Long version;

	@Size(max = 1000, message = "{reading.correctionReason.size}")
	private String correctionReason;

	/** An empty form for a measure. */
	static ReadingForm blank(Measure measure, LocalDate today) {
		ReadingForm form = new ReadingForm();
		form.measureId = measure.id();
		form.takenOn = today;
		measure.areas().forEach(area -> {
			AreaEntry entry = new AreaEntry();
			entry.setAreaId(area.id());
			form.areas.add(entry);
		});
		return form;
	}

	/** The form filled from a reading, to correct it. */
	static ReadingForm from(Reading reading, Measure measure) {
		ReadingForm form = new ReadingForm();
		form.measureId = reading.measureId();
		form.takenOn = reading.takenOn();
		form.version = reading.version();
		measure.areas().forEach(area -> {
			AreaEntry entry = new AreaEntry();
			entry.setAreaId(area.id());
			entry.setScore(text(reading.score(area.id())));
			entry.setOwnScore(text(reading.ownScore(area.id())));
			entry.setNote(reading.note(area.id()));
			form.areas.add(entry);
		});
		form.withholding(reading.withheld(), reading.withheldReason(), reading.withheldDetail());
		return form;
	}

	private static String text(Integer score) {
		return score == null ? null : String.valueOf(score);
	}

	/**
	 * A score from 1 to 10 for every area of the measure (and no other area), own scores
	 * from 1 to 10 where given, a date not in the future, a reason to withhold, and a
	 * reason for a correction.
	 */
	void validate(Measure measure, LocalDate today, boolean correcting, Errors errors) {
		validateWithholding(errors);
		if (this.takenOn != null && this.takenOn.isAfter(today)) {
			errors.rejectValue("takenOn", "reading.takenOn.future");
		}
		List<Long> expected = measure.areas().stream().map(Measure.Area::id).toList();
		List<Long> given = this.areas.stream().map(AreaEntry::getAreaId).toList();
		if (!expected.equals(given)) {
			errors.reject("reading.areas.mismatch");
			this.areas = blank(measure, today).areas;
			return;
		}
		for (int i = 0; i < this.areas.size(); i++) {
			AreaEntry entry = this.areas.get(i);
			String name = measure.areas().get(i).name();
			if (entry.getScore() == null || entry.getScore().isBlank()) {
				errors.rejectValue("areas[" + i + "].score", "reading.score.required", new Object[] { name }, null);
			}
			else if (MeasureForm.score(entry.getScore()) == null) {
				errors.rejectValue("areas[" + i + "].score", "reading.score.range", new Object[] { name }, null);
			}
			if (entry.getOwnScore() != null && !entry.getOwnScore().isBlank()
					&& MeasureForm.score(entry.getOwnScore()) == null) {
				errors.rejectValue("areas[" + i + "].ownScore", "reading.ownScore.range", new Object[] { name }, null);
			}
			if (entry.getNote() != null && entry.getNote().length() > 1000) {
				errors.rejectValue("areas[" + i + "].note", "reading.note.size", new Object[] { name }, null);
			}
		}
		if (correcting && (this.correctionReason == null || this.correctionReason.isBlank())) {
			errors.rejectValue("correctionReason", "reading.correctionReason.required");
		}
	}

	/** The scores as validated. */
	List<Reading.Score> scores() {
		return this.areas.stream()
			.map(entry -> new Reading.Score(entry.getAreaId(), MeasureForm.score(entry.getScore()),
					entry.getOwnScore() == null || entry.getOwnScore().isBlank() ? null
							: MeasureForm.score(entry.getOwnScore()),
					entry.getNote() == null || entry.getNote().isBlank() ? null : entry.getNote().strip()))
			.toList();
	}

	public Long getMeasureId() {
		return this.measureId;
	}

	public void setMeasureId(Long measureId) {
		this.measureId = measureId;
	}

	public LocalDate getTakenOn() {
		return this.takenOn;
	}

	public void setTakenOn(LocalDate takenOn) {
		this.takenOn = takenOn;
	}

	public List<AreaEntry> getAreas() {
		return this.areas;
	}

	public void setAreas(List<AreaEntry> areas) {
		this.areas = areas;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getCorrectionReason() {
		return this.correctionReason;
	}

	public void setCorrectionReason(String correctionReason) {
		this.correctionReason = correctionReason;
	}

	/** One area as typed. */
	public static class AreaEntry {

		private Long areaId;

		private String score;

		private String ownScore;

		private String note;

		public Long getAreaId() {
			return this.areaId;
		}

		public void setAreaId(Long areaId) {
			this.areaId = areaId;
		}

		public String getScore() {
			return this.score;
		}

		public void setScore(String score) {
			this.score = score;
		}

		public String getOwnScore() {
			return this.ownScore;
		}

		public void setOwnScore(String ownScore) {
			this.ownScore = ownScore;
		}

		public String getNote() {
			return this.note;
		}

		public void setNote(String note) {
			this.note = note;
		}

	}

}
