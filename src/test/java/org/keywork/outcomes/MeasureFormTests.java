package org.keywork.outcomes;

import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;

/** An organisation's own measure: bands must cover 1 to 10 without overlap. */
class MeasureFormTests {

	private static MeasureForm form(String... bands) {
		MeasureForm form = new MeasureForm();
		form.setName("Own measure");
		form.setAreas("Home: where you live\nMoney\nHealth");
		for (int i = 0; i < bands.length; i++) {
			String[] parts = bands[i].split("-");
			form.getStages().get(i).setName("Stage " + (i + 1));
			form.getStages().get(i).setLowest(parts[0]);
			form.getStages().get(i).setHighest(parts[1]);
		}
		return form;
	}

	private static Errors validate(MeasureForm form) {
		Errors errors = new BeanPropertyBindingResult(form, "form");
		form.validate(errors);
		return errors;
	}

	@Test
	void bandsThatCoverOneToTenWithoutOverlapAreAccepted() {
		MeasureForm form = form("1-3", "4-7", "8-10");
		assertThat(validate(form).hasErrors()).isFalse();
		assertThat(form.areaLines()).extracting(MeasureForm.AreaLine::name).containsExactly("Home", "Money", "Health");
		assertThat(form.areaLines().get(0).description()).isEqualTo("where you live");
	}

	@Test
	void aGapAnOverlapAReversedBandOrAScoreOutOfRangeIsRefused() {
		assertThat(validate(form("1-3", "5-10")).getFieldError("stages[0].lowest").getCode())
			.isEqualTo("measure.stages.gap");
		assertThat(validate(form("1-5", "5-10")).getFieldError("stages[1].lowest").getCode())
			.isEqualTo("measure.stage.overlap");
		assertThat(validate(form("1-5", "10-6")).getFieldError("stages[1].highest").getCode())
			.isEqualTo("measure.stage.order");
		assertThat(validate(form("0-5", "6-11")).getFieldErrorCount()).isEqualTo(2);
	}

	@Test
	void tooFewAreasAndNoStagesAreRefused() {
		MeasureForm form = new MeasureForm();
		form.setName("Own");
		form.setAreas("Only one");
		Errors errors = validate(form);
		assertThat(errors.getFieldError("areas").getCode()).isEqualTo("measure.areas.count");
		assertThat(errors.getFieldError("stages[0].name").getCode()).isEqualTo("measure.stages.required");
	}

}
