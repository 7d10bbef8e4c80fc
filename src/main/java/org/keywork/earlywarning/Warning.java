package org.keywork.earlywarning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.keywork.housing.EarlyWarningSignal.Signal;

/**
 * A person's early warning as staff see it: the signals raised now (none when the risk
 * has passed), the open episode ({@code episodeId} null when none is open yet: it opens
 * when the first step is recorded) and its checklist, one entry per step in order.
 */
public record Warning(Long personId, List<Signal> signals, Long episodeId, Instant openedAt, long version,
		List<Step> steps) {

	public Warning {
		signals = List.copyOf(signals);
		steps = List.copyOf(steps);
	}

	public boolean isFlagged() {
		return !this.signals.isEmpty();
	}

	public boolean isOpen() {
		return this.episodeId != null;
	}

	public long done() {
		return this.steps.stream().filter(Step::done).count();
	}

	/**
	 * One step of the checklist: done or not, when, who, a note, the Action Plan step it
	 * became ({@code actionStepId}, may be null) and who recorded it last.
	 */
	public record Step(ChecklistStep step, boolean done, LocalDate doneOn, String who, String note, String actionStepId,
			String recordedBy, Instant recordedAt, long version) {

		static Step notStarted(ChecklistStep step) {
			return new Step(step, false, null, null, null, null, null, null, 0);
		}

	}

}
