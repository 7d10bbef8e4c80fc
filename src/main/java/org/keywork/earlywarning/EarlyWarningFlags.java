package org.keywork.earlywarning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.keywork.caseload.CaseloadItems;
import org.keywork.database.Batch;
import org.keywork.database.Later;
import org.keywork.housing.EarlyWarningSignal.Signal;

import org.springframework.stereotype.Component;

/**
 * A person with at least one early-warning signal is flagged on My caseload, the team
 * dashboard (it counts as overdue: the response is due now) and the callover, with how
 * many signs and how far the checklist has got. The signal sources' queries and one for
 * the checklists, whatever the number of people, all registered in the caller's batch.
 */
@Component
class EarlyWarningFlags implements CaseloadItems {

	private final EarlyWarnings warnings;

	EarlyWarningFlags(EarlyWarnings warnings) {
		this.warnings = warnings;
	}

	@Override
	public Later<Map<Long, List<CaseloadItem>>> forPeople(Collection<Long> personIds, LocalDate today, Batch batch) {
		if (personIds.isEmpty()) {
			return Later.of(new HashMap<>());
		}
		Later<Map<Long, List<Signal>>> signals = this.warnings.signals(personIds, today, batch);
		// asked for everyone, not only the people flagged, so that it goes with the
		// signals
		Later<Map<Long, Long>> progress = this.warnings.progress(personIds, batch);
		return Later.from(() -> items(signals.get(), progress.get()));
	}

	private static Map<Long, List<CaseloadItem>> items(Map<Long, List<Signal>> signals, Map<Long, Long> progress) {
		Map<Long, List<CaseloadItem>> items = new HashMap<>();
		signals.forEach((person, list) -> {
			LocalDate since = list.get(0).since();
			items.put(person,
					List.of(new CaseloadItem(person, "earlywarning.caseload.item",
							List.of(list.size(), progress.getOrDefault(person, 0L), ChecklistStep.values().length),
							since, true, "/service-users/" + person + "/early-warning", "earlywarning.caseload.tag")));
		});
		return items;
	}

}
