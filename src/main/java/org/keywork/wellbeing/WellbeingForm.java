package org.keywork.wellbeing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import org.keywork.sharing.WithholdingFields;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * A completed wellbeing scale: the answer to each statement (by statement number), the
 * date, and (for staff) whether it is shared with the person.
 * <p>
 * Every statement must be answered before a reading is saved: an incomplete form has no
 * total, and a reading without a total can be neither drawn, compared nor averaged, so
 * saving it would only add a row that says nothing about change. The form is shown again
 * with every answer given so far kept and each missing one named, so nothing has to be
 * chosen twice; a statement the person prefers not to answer means the reading is not
 * taken this time.
 */
class WellbeingForm extends WithholdingFields {

	@NotNull(message = "{wellbeing.scale.required}")
	private Scale scale;

	@NotNull(message = "{wellbeing.takenOn.required}")
	@PastOrPresent(message = "{wellbeing.takenOn.future}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate takenOn;

	private Map<Integer, Integer> answers = new HashMap<>();

	/** Every statement of the scale answered with one of the five answers. */
	void validateAnswers(ScaleDefinition definition, Errors errors) {
		for (ScaleDefinition.Statement statement : definition.statements()) {
			Integer answer = this.answers.get(statement.number());
			if (answer == null || definition.answers().stream().noneMatch(a -> a.value() == answer)) {
				errors.rejectValue("answers[" + statement.number() + "]", "wellbeing.answer.required",
						new Object[] { statement.position(), statement.text() }, null);
			}
		}
	}

	/** The answers, and (for staff) the sharing decision. */
	void validate(ScaleDefinition definition, Errors errors) {
		validateAnswers(definition, errors);
		validateWithholding(errors);
	}

	NewReading reading(Completer completedBy) {
		return new NewReading(this.scale, this.takenOn, this.answers, decision(), completedBy);
	}

	public Scale getScale() {
		return this.scale;
	}

	public void setScale(Scale scale) {
		this.scale = scale;
	}

	public LocalDate getTakenOn() {
		return this.takenOn;
	}

	public void setTakenOn(LocalDate takenOn) {
		this.takenOn = takenOn;
	}

	public Map<Integer, Integer> getAnswers() {
		return this.answers;
	}

	public void setAnswers(Map<Integer, Integer> answers) {
		this.answers = answers;
	}

}
