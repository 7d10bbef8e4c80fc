package org.keywork.support;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.keywork.database.Batch;
import org.keywork.database.Later;
import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;
import org.keywork.security.PeerScope;
import org.keywork.security.Role;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.serviceusers.ServiceUserService;
import org.keywork.support.SupportRecordEvent.Action;
import org.keywork.web.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the three support records as this reader may see them (ADR 008): who may read
 * which record, the latest version, every version and the history. Every call loads the
 * person through {@link ServiceUserService#get} (so the access policy applies). Changing
 * a record is {@link SupportRecordChanges}.
 */
@Service
@Transactional(readOnly = true)
public class SupportRecordService {

	private final SupportRecordRepository records;

	private final ServiceUserService people;

	private final AccessPolicy policy;

	private final JsonMapper json;

	private final RecordHistory recordHistory;

	private final SupportRecordQueries queries;

	SupportRecordService(SupportRecordRepository records, ServiceUserService people, AccessPolicy policy,
			JsonMapper json, RecordHistory recordHistory, SupportRecordQueries queries) {
		this.queries = queries;
		this.recordHistory = recordHistory;
		this.records = records;
		this.people = people;
		this.policy = policy;
		this.json = json;
	}

	/** The person, if the account may see them (404 otherwise). */
	public ServiceUser person(KeyworkUser user, Long personId) {
		return this.people.get(user, personId);
	}

	/**
	 * Whether the account sees withheld records and items (staff of the person's team).
	 */
	public boolean seesWithheld(KeyworkUser user, ServiceUser person) {
		return this.policy.seesWithheld(user, person);
	}

	/**
	 * Whether the account may read this kind of record of the person at all (what is
	 * withheld aside): staff and the person always; a linked peer the Action Plan, and
	 * the Support Overview when the link's scope includes it, never the Safety &amp;
	 * Wellbeing Plan (its staff-safety warnings reach peers as banners).
	 */
	public boolean mayRead(KeyworkUser user, ServiceUser person, RecordKind kind) {
		if (!user.hasRole(Role.PEER)) {
			return true;
		}
		return switch (kind) {
			case ACTION_PLAN -> true;
			case OVERVIEW -> this.policy.peerScope(user, person).includes(PeerScope.OVERVIEW);
			case SAFETY_PLAN -> false;
		};
	}

	public boolean canChange(KeyworkUser user, ServiceUser person) {
		return this.policy.canEdit(user, person);
	}

	/** The record as it stands, if there is one the account may see. */
	public <T extends RecordContent> Optional<RecordView<T>> latest(KeyworkUser user, ServiceUser person,
			RecordKind kind) {
		return this.records.findFirstByServiceUserIdAndKindOrderByVersionNumberDesc(person.getId(), kind)
			.flatMap(record -> view(user, person, record, record));
	}

	/**
	 * The kinds of record the account may see for the person, in {@link RecordKind}
	 * order: those whose latest version {@link #latest} would show. One query for all
	 * three kinds, registered in the batch.
	 */
	public Later<List<RecordKind>> kindsShown(KeyworkUser user, ServiceUser person, Batch batch) {
		boolean withheldToo = seesWithheld(user, person);
		return batch.sql("""
				select distinct on (kind) kind, withheld from support_record
				where service_user_id = ?
				order by kind, version_number desc
				""")
			.param(person.getId())
			.query((rs, i) -> Map.entry(RecordKind.valueOf(rs.getString("kind")), rs.getBoolean("withheld")))
			.map(latest -> {
				Map<RecordKind, Boolean> withheld = new EnumMap<>(RecordKind.class);
				latest.forEach(entry -> withheld.put(entry.getKey(), entry.getValue()));
				return Arrays.stream(RecordKind.values())
					.filter(kind -> withheld.containsKey(kind) && mayRead(user, person, kind)
							&& (withheldToo || !withheld.get(kind)))
					.toList();
			});
	}

	/**
	 * {@link #latest(KeyworkUser, ServiceUser, RecordKind)} registered in a batch: the
	 * latest version read by SQL, with the factors withheld now when the reader may not
	 * see them, in the same statement as the rest of the page.
	 */
	public <T extends RecordContent> Later<Optional<RecordView<T>>> latest(KeyworkUser user, ServiceUser person,
			RecordKind kind, Batch batch) {
		if (!mayRead(user, person, kind)) {
			return Later.of(Optional.empty());
		}
		Later<Optional<SupportRecord>> found = batch.sql("""
				select id, service_user_id, kind, version_number, status, content, agreed_on, person_comment,
				       review_due, withheld, withheld_reason, withheld_detail, created_at, created_by, updated_at,
				       updated_by, version
				from support_record where service_user_id = ? and kind = ?
				order by version_number desc limit 1
				""").params(person.getId(), kind.name()).optional(SupportRecord::fromRow);
		Later<Set<String>> withheldNow = !seesWithheld(user, person) && kind == RecordKind.SAFETY_PLAN
				? this.queries.factorsWithheldNow(person.getId(), batch) : Later.of(Set.of());
		return found.map(record -> record.flatMap(r -> view(user, person, r, r, withheldNow::get)));
	}

	/**
	 * Every version of the record (newest first) read at once, registered in a batch, to
	 * answer {@link #version} and {@link #versions} for several versions without a query
	 * each (see {@link VersionChanges}).
	 */
	Later<AllVersions> allVersions(KeyworkUser user, ServiceUser person, RecordKind kind, Batch batch) {
		if (!mayRead(user, person, kind)) {
			// none of them is readable: none is read
			return Later.of(new AllVersions(user, person, kind, List.of(), Later.of(Set.of())));
		}
		Later<List<SupportRecord>> all = batch.sql("""
				select id, service_user_id, kind, version_number, status, content, agreed_on, person_comment,
				       review_due, withheld, withheld_reason, withheld_detail, created_at, created_by, updated_at,
				       updated_by, version
				from support_record where service_user_id = ? and kind = ?
				order by version_number desc
				""").params(person.getId(), kind.name()).query(SupportRecord::fromRow);
		Later<Set<String>> withheldNow = !seesWithheld(user, person) && kind == RecordKind.SAFETY_PLAN
				? this.queries.factorsWithheldNow(person.getId(), batch) : Later.of(Set.of());
		return all.map(records -> new AllVersions(user, person, kind, records, withheldNow));
	}

	/** Every version of one record, read at once: the versions a reader may see. */
	final class AllVersions {

		private final KeyworkUser user;

		private final ServiceUser person;

		private final RecordKind kind;

		private final List<SupportRecord> all;

		private final Later<Set<String>> withheldNow;

		private AllVersions(KeyworkUser user, ServiceUser person, RecordKind kind, List<SupportRecord> all,
				Later<Set<String>> withheldNow) {
			this.user = user;
			this.person = person;
			this.kind = kind;
			this.all = all;
			this.withheldNow = withheldNow;
		}

		/** As {@link SupportRecordService#version}. */
		<T extends RecordContent> RecordView<T> version(int number) {
			SupportRecord record = this.all.stream()
				.filter(r -> r.getVersionNumber() == number)
				.findFirst()
				.orElseThrow(() -> new NotFoundException("Support record version", number));
			SupportRecord latest = this.all.get(0);
			return SupportRecordService.this.<T>view(this.user, this.person, record, latest, this.withheldNow::get)
				.orElseThrow(() -> new NotFoundException("Support record version", number));
		}

		/** As {@link SupportRecordService#versions}. */
		List<SupportRecord> versions() {
			if (!mayRead(this.user, this.person, this.kind)) {
				return List.of();
			}
			boolean withheldToo = seesWithheld(this.user, this.person);
			if (!withheldToo && !this.all.isEmpty() && this.all.get(0).isWithheld()) {
				return List.of();
			}
			return this.all.stream().filter(record -> withheldToo || !record.isWithheld()).toList();
		}

	}

	/**
	 * The history of the latest version of the record, registered in a batch: for staff
	 * of the person's team only, as {@link #history}.
	 */
	public Later<List<RecordHistory.EventView>> latestHistory(KeyworkUser user, ServiceUser person, RecordKind kind,
			Batch batch) {
		if (!seesWithheld(user, person)) {
			return Later.of(List.of());
		}
		return this.recordHistory.ofLatest(person.getId(), kind, batch);
	}

	public <T extends RecordContent> RecordView<T> version(KeyworkUser user, ServiceUser person, RecordKind kind,
			int number) {
		SupportRecord record = this.records.findByServiceUserIdAndKindAndVersionNumber(person.getId(), kind, number)
			.orElseThrow(() -> new NotFoundException("Support record version", number));
		SupportRecord latest = this.records
			.findFirstByServiceUserIdAndKindOrderByVersionNumberDesc(person.getId(), kind)
			.orElse(record);
		return this.<T>view(user, person, record, latest)
			.orElseThrow(() -> new NotFoundException("Support record version", number));
	}

	/**
	 * Every version the account may see, newest first: for anyone who may not see
	 * withheld items, none while the record is withheld now, and never a version that was
	 * withheld when it was current (ADR 008).
	 */
	public List<SupportRecord> versions(KeyworkUser user, ServiceUser person, RecordKind kind) {
		if (!mayRead(user, person, kind)) {
			return List.of();
		}
		boolean withheldToo = seesWithheld(user, person);
		List<SupportRecord> all = this.records.findByServiceUserIdAndKindOrderByVersionNumberDesc(person.getId(), kind);
		if (!withheldToo && !all.isEmpty() && all.get(0).isWithheld()) {
			return List.of();
		}
		return all.stream().filter(record -> withheldToo || !record.isWithheld()).toList();
	}

	/**
	 * One version as this reader may see it (ADR 008). For anyone who may not see
	 * withheld items: nothing if the record is withheld now or was withheld in this
	 * version; a factor is removed if it is withheld in this version or withheld by its
	 * current decision (its state in the newest version that has it), so withholding it
	 * later hides it in every earlier version, "what changed" and every count.
	 */
	private <T extends RecordContent> Optional<RecordView<T>> view(KeyworkUser user, ServiceUser person,
			SupportRecord record, SupportRecord latest) {
		return view(user, person, record, latest, () -> this.queries.factorsWithheldNow(person.getId()));
	}

	@SuppressWarnings("unchecked")
	private <T extends RecordContent> Optional<RecordView<T>> view(KeyworkUser user, ServiceUser person,
			SupportRecord record, SupportRecord latest, Supplier<Set<String>> factorsWithheldNow) {
		if (!mayRead(user, person, record.getKind())) {
			return Optional.empty();
		}
		boolean withheldToo = seesWithheld(user, person);
		if (!withheldToo && (record.isWithheld() || latest.isWithheld())) {
			return Optional.empty();
		}
		RecordContent content = read(record);
		if (!withheldToo && content instanceof SafetyPlanContent plan) {
			Set<String> withheldNow = factorsWithheldNow.get();
			plan.getFactors().removeIf(factor -> factor.isWithheld() || withheldNow.contains(factor.getId()));
		}
		return Optional
			.of(new RecordView<>(record, (T) content, record.getVersionNumber() == latest.getVersionNumber()));
	}

	RecordContent read(SupportRecord record) {
		return this.json.readValue(record.getContent(), record.getKind().contentType());
	}

	/**
	 * The record's history, newest first, for staff of the person's team; empty for
	 * everyone else (a peer never sees staff history lines or the names of staff, ADR
	 * 008).
	 */
	public List<RecordHistory.EventView> history(KeyworkUser user, ServiceUser person, SupportRecord record) {
		if (!seesWithheld(user, person)) {
			return List.of();
		}
		return this.recordHistory.of(record);
	}

}
