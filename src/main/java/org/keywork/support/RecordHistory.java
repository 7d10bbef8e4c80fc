package org.keywork.support;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.keywork.staff.Account;
import org.keywork.staff.AccountRepository;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A support record's history as people read it: each line's action, its detail rendered
 * through the bundles ({@link HistoryText}) and who did it, in two queries. Who may read
 * it is decided by {@link SupportRecordService#history} (staff of the person's team
 * only).
 */
@Component
@Transactional(readOnly = true)
class RecordHistory {

	private final SupportRecordEventRepository events;

	private final AccountRepository accounts;

	private final HistoryText text;

	RecordHistory(SupportRecordEventRepository events, AccountRepository accounts, HistoryText text) {
		this.events = events;
		this.accounts = accounts;
		this.text = text;
	}

	/** Every line, newest first. */
	List<EventView> of(SupportRecord record) {
		return views(this.events.findByRecordIdOrderByOccurredAtDescIdDesc(record.getId()));
	}

	/**
	 * What changed after the form was opened (at optimistic-lock version
	 * {@code lockVersion}), oldest first.
	 */
	List<EventView> since(SupportRecord record, long lockVersion) {
		return views(this.events.findByRecordIdAndLockVersionGreaterThanOrderByOccurredAtAscIdAsc(record.getId(),
				lockVersion));
	}

	private List<EventView> views(List<SupportRecordEvent> found) {
		Set<Long> ids = found.stream()
			.map(SupportRecordEvent::getAccountId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		Map<Long, String> names = ids.isEmpty() ? Map.of()
				: this.accounts.findAllById(ids)
					.stream()
					.collect(Collectors.toMap(Account::getId, Account::getDisplayName));
		return found.stream()
			.map(e -> new EventView(e.getAction().name(), this.text.detail(e), e.getOccurredAt(),
					names.get(e.getAccountId())))
			.toList();
	}

	/** One line of a record's history. */
	public record EventView(String action, String detail, Instant at, String by) {
	}

}
