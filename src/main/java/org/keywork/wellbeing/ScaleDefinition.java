package org.keywork.wellbeing;

import java.util.List;

/**
 * A scale as the organisation holds it (migration V62): its name, the period it asks
 * about, its statements in order and the five answers.
 */
public record ScaleDefinition(Scale scale, String name, String period, List<Statement> statements,
		List<Answer> answers) {

	public ScaleDefinition {
		statements = List.copyOf(statements);
		answers = List.copyOf(answers);
	}

	/** A statement: its number in WEMWBS (the key of an answer) and its wording. */
	public record Statement(int number, int position, String text) {
	}

	/** One of the five answers and the points it scores. */
	public record Answer(int value, String label) {
	}

}
