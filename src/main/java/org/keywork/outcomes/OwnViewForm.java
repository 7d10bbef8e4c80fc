package org.keywork.outcomes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.validation.Errors;

/**
 * The person's own view of a reading, in the portal: their own score for each area where
 * they see it differently from the score agreed (empty: they agree). Kept as typed.
 */
class OwnViewForm {

	private List<String> own = new ArrayList<>();

	private long version;

	static OwnViewForm from(Reading reading, Measure measure) {
		OwnViewForm form = new OwnViewForm();
		form.version = reading.version();
		measure.areas().forEach(area -> {
			Integer score = reading.ownScore(area.id());
			form.own.add(score == null ? null : String.valueOf(score));
		});
		return form;
	}

	/** One entry per area; each empty or a whole number from 1 to 10. */
	void validate(Measure measure, Errors errors) {
		if (this.own.size() != measure.areas().size()) {
			errors.reject("ownView.mismatch");
			this.own = new ArrayList<>();
			measure.areas().forEach(area -> this.own.add(null));
			return;
		}
		for (int i = 0; i < this.own.size(); i++) {
			String text = this.own.get(i);
			if (text != null && !text.isBlank() && MeasureForm.score(text) == null) {
				errors.rejectValue("own[" + i + "]", "ownView.range", new Object[] { measure.areas().get(i).name() },
						null);
			}
		}
	}

	/** The person's score by area id (null where they agree). */
	Map<Long, Integer> scores(Measure measure) {
		Map<Long, Integer> scores = new LinkedHashMap<>();
		for (int i = 0; i < measure.areas().size(); i++) {
			String text = this.own.get(i);
			scores.put(measure.areas().get(i).id(), text == null || text.isBlank() ? null : MeasureForm.score(text));
		}
		return scores;
	}

	public List<String> getOwn() {
		return this.own;
	}

	public void setOwn(List<String> own) {
		this.own = own;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
