package org.keywork.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.keywork.security.KeyworkUser;
import org.keywork.support.SupportRecordEvent.Action;

import org.springframework.stereotype.Service;

/**
 * Saving a Support Overview draft: checked, loaded, changed and written to the history
 * through {@link SupportRecordChanges#edit}.
 */
@Service
class OverviewChanges {

	private final SupportRecordChanges records;

	private final SupportLists lists;

	OverviewChanges(SupportRecordChanges records, SupportLists lists) {
		this.records = records;
		this.lists = lists;
	}

	void save(KeyworkUser user, Long personId, OverviewForm form) {
		List<String> order = this.lists.lifeAreas().stream().map(SupportLists.Option::code).toList();
		this.records.edit(user, personId, RecordKind.OVERVIEW, form.getVersion(), OverviewContent.class,
				content -> apply(form, content, order));
	}

	/**
	 * Copies the form into the content, keeping areas in the configured order; says what
	 * changed.
	 */
	static HistoryLine apply(OverviewForm form, OverviewContent content, List<String> order) {
		List<String> changed = new ArrayList<>();
		String aspirations = trim(form.getAspirations());
		if (!Objects.equals(aspirations, content.getAspirations())) {
			changed.add("aspirations");
		}
		content.setAspirations(aspirations);
		Map<String, OverviewContent.AreaEntry> byCode = new LinkedHashMap<>();
		content.getAreas().forEach(entry -> byCode.put(entry.getId(), entry));
		for (OverviewForm.Area area : form.getAreas()) {
			OverviewContent.AreaEntry entry = byCode.computeIfAbsent(area.getCode(), code -> {
				OverviewContent.AreaEntry created = new OverviewContent.AreaEntry();
				created.setId(code);
				return created;
			});
			String need = trim(area.getNeed());
			String strengths = trim(area.getStrengths());
			String ownWords = trim(area.getOwnWords());
			Priority priority = area.getPriority() == null ? Priority.NONE : area.getPriority();
			if (!Objects.equals(need, entry.getNeed()) || !Objects.equals(strengths, entry.getStrengths())
					|| !Objects.equals(ownWords, entry.getOwnWords()) || priority != entry.getPriority()) {
				changed.add(area.getCode());
			}
			entry.setNeed(need);
			entry.setStrengths(strengths);
			entry.setOwnWords(ownWords);
			entry.setPriority(priority);
		}
		List<OverviewContent.AreaEntry> ordered = new ArrayList<>();
		order.stream().map(byCode::remove).filter(Objects::nonNull).forEach(ordered::add);
		ordered.addAll(byCode.values());
		content.setAreas(ordered);
		return changed.isEmpty() ? HistoryLine.of(Action.NO_CHANGE)
				: HistoryLine.of(Action.OVERVIEW_CHANGED, null, String.join(",", changed));
	}

	private static String trim(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
