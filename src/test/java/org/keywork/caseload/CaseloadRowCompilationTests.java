package org.keywork.caseload;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keywork.caseload.CaseloadItems.CaseloadItem;
import org.keywork.support.RecordKind;
import org.keywork.support.SupportRecordQueries.ReviewDue;
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

	private static final CaseloadItem ITEM = new CaseloadItem(1L, "caseload.item", List.of(), LocalDate.of(2026, 12, 1),
			false, null);

	private final SpelExpressionParser parser = new SpelExpressionParser(
			new SpelParserConfiguration(SpelCompilerMode.IMMEDIATE, getClass().getClassLoader()));

	@Test
	void anExpressionCompiledOnARowWithListsRunsOnARowWithout() {
		CaseloadRow with = row(
				new ArrayList<>(List.of(new ReviewDue(1L, RecordKind.ACTION_PLAN, LocalDate.of(2026, 12, 1), false))),
				new ArrayList<>(List.of(new StepDue(1L, "s1", "Cook at home", LocalDate.of(2026, 12, 1), "Eat well"))),
				new ArrayList<>(List.of("Eat well")), new ArrayList<>(List.of(ITEM)));
		CaseloadRow without = row(List.of(), List.of(), List.of(), List.of());

		for (String list : List.of("reviewsDue", "stepsDue", "openGoals", "items")) {
			Expression isEmpty = this.parser.parseExpression(list + "().isEmpty()");
			assertThat(isEmpty.getValue(with, Boolean.class)).as(list).isFalse();
			assertThat(isEmpty.getValue(with, Boolean.class)).as(list + ", compiled").isFalse();
			assertThat(isEmpty.getValue(without, Boolean.class)).as(list + ", compiled on one row, run on the other")
				.isTrue();
		}
	}

	private static CaseloadRow row(List<ReviewDue> reviews, List<StepDue> steps, List<String> goals,
			List<CaseloadItem> items) {
		return new CaseloadRow(1L, "REF-1", "Sam Example", null, "ACTIVE", 1L, "Team", 7, null, null, 2L, "Alex", null,
				null, null, null, null, reviews, steps, goals, false, 0L, items);
	}

}
