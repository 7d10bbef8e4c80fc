package org.keywork.support;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.keywork.database.Batch;
import org.keywork.database.Later;
import org.keywork.staff.Account;
import org.keywork.staff.AccountRepository;
import tools.jackson.databind.json.JsonMapper;

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

	private final JsonMapper json;

	RecordHistory(SupportRecordEventRepository events, AccountRepository accounts, HistoryText text, JsonMapper json) {
		this.json = json;
		this.events = events;
		this.accounts = accounts;
		this.text = text;
	}

	/** Every line, newest first. */
	List<EventView> of(SupportRecord record) {
		return views(this.events.findByRecordIdOrderByOccurredAtDescIdDesc(record.getId()));
	}

	/**
	 * Every line of the person's latest version of this kind of record, newest first,
	 * with who wrote each: one query, registered in the batch.
	 */
	Later<List<EventView>> ofLatest(Long personId, RecordKind kind, Batch batch) {
		return batch.sql("""
				select e.action, e.args::text as args, e.occurred_at, a.display_name
				from support_record_event e left join account a on a.id = e.account_id
				where e.record_id = (select r.id from support_record r
				                     where r.service_user_id = ? and r.kind = ?
				                     order by r.version_number desc limit 1)
				order by e.occurred_at desc, e.id desc
				""").params(personId, kind.name()).query((rs, i) -> {
			String args = rs.getString("args");
			return new Line(SupportRecordEvent.Action.valueOf(rs.getString("action")),
					args == null ? List.<String>of() : Arrays.asList(this.json.readValue(args, String[].class)),
					rs.getTimestamp("occurred_at").toInstant(), rs.getString("display_name"));
		})
			// rendered once every query of the batch is read (the text names list
			// entries)
			.map(lines -> lines.stream()
				.map(line -> new EventView(line.action().name(), this.text.detail(line.action(), line.args()),
						line.at(), line.by()))
				.toList());
	}

	private record Line(SupportRecordEvent.Action action, List<String> args, Instant at, String by) {
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
