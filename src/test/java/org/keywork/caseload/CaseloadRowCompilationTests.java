package org.keywork.caseload;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keywork.support.SupportRecordQueries.StepDue;

import org.springframework.expression.Expression;
import org.springframework.expression.spel.SpelCompilerMode;
import org.springframework.expression.spel.SpelParserConfiguration;
import org.springframework.expression.spel.standard.SpelExpressionParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caseload row's lists are of one class whatever the data, so that an expression
 * compiled for one row's list still runs on the next row's. With the compiler in its
 * immediate mode a compiled expression that meets another class fails instead of quietly
 * falling back and being compiled again, as the templates' did
 * (CompiledExpressionsStayTests).
 */
class CaseloadRowCompilationTests {

	private final SpelExpressionParser parser = new SpelExpressionParser(
			new SpelParserConfiguration(SpelCompilerMode.IMMEDIATE, getClass().getClassLoader()));

	@Test
	void anExpressionCompiledOnARowWithStepsRunsOnARowWithout() {
		List<StepDue> steps = new ArrayList<>();
		steps.add(new StepDue(1L, "s1", "Cook pasta bake at home", LocalDate.of(2026, 12, 1), "Eat well"));
		CaseloadRow withSteps = row(steps);
		CaseloadRow without = row(List.of());

		Expression isEmpty = this.parser.parseExpression("stepsDue().isEmpty()");
		assertThat(isEmpty.getValue(withSteps, Boolean.class)).isFalse();
		assertThat(isEmpty.getValue(withSteps, Boolean.class)).isFalse();
		assertThat(isEmpty.getValue(without, Boolean.class)).as("compiled on the first row, run on the second")
			.isTrue();

		Expression size = this.parser.parseExpression("reviewsDue().size() + openGoals().size() + items().size()");
		assertThat(size.getValue(without, Integer.class)).isZero();
		assertThat(size.getValue(without, Integer.class)).isZero();
		assertThat(size.getValue(row(new ArrayList<>()), Integer.class)).isZero();
	}

	private static CaseloadRow row(List<StepDue> steps) {
		return new CaseloadRow(1L, "REF-1", "Sam Example", null, "ACTIVE", 1L, "Team", 7, null, null, 2L, "Alex", null,
				null, null, null, null, new ArrayList<>(), steps, new ArrayList<>(), false, 0L, new ArrayList<>());
	}

}
