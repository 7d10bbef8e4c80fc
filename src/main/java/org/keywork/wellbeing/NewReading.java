package org.keywork.wellbeing;

import java.time.LocalDate;
import java.util.Map;

import org.keywork.sharing.SharingDecision;

/**
 * A completed scale to record: the answer (1–5) to each statement, by statement number.
 */
record NewReading(Scale scale, LocalDate takenOn, Map<Integer, Integer> answers, SharingDecision sharing,
		Completer completedBy) {

	NewReading {
		answers = Map.copyOf(answers);
	}

}
