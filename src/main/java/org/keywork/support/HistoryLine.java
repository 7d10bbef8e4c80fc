package org.keywork.support;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.keywork.support.SupportRecordEvent.Action;

/**
 * What one change to a support record did, as data for its history: the action, the item
 * it concerns (a factor, goal or step id; null for the record as a whole) and the
 * arguments of its message. Free text in the arguments (a goal in the person's words) is
 * cut to a length a history line can show.
 */
record HistoryLine(Action action, String itemId, List<String> args) {

	private static final int LONGEST_ARGUMENT = 300;

	static HistoryLine of(Action action) {
		return new HistoryLine(action, null, List.of());
	}

	static HistoryLine of(Action action, String itemId, String... args) {
		return new HistoryLine(action, itemId,
				Arrays.stream(args).map(arg -> shorten(Objects.toString(arg, ""))).toList());
	}

	private static String shorten(String text) {
		return text.length() <= LONGEST_ARGUMENT ? text : text.substring(0, LONGEST_ARGUMENT - 1) + "…";
	}

}
