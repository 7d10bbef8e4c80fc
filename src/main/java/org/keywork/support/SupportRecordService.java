package org.keywork.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.keywork.database.Batch;
import org.keywork.database.Later;
import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;
import org.keywork.security.PeerScope;
import org.keywork.security.Role;
import org.keywork.sharing.SharingDecision;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.serviceusers.ServiceUserService;
import org.keywork.staff.TeamRepository;
import org.keywork.support.SupportRecordEvent.Action;
import org.keywork.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lifecycle shared by all three support records: start a draft, edit it, agree it
 * with the person, review it (a new version), share or withhold it. Every call loads the
 * person through {@link ServiceUserService#get} (so the access policy applies) and every
 * change is written to the record's history.
 */
@Service
@Transactional(readOnly = true)
public class SupportRecordService {

	private static final Logger log = LoggerFactory.getLogger(SupportRecordService.class);

	private final SupportRecordRepository records;

	private final SupportRecordEventRepository events;

	private final ServiceUserService people;

	private final AccessPolicy policy;

	private final TeamRepository teams;

	private final SupportLists lists;

	private final JsonMapper json;

	private final Clock clock;

	private final PlanLanguage language;

	private final RecordHistory recordHistory;

	private final SupportRecordQueries queries;

	SupportRecordService(SupportRecordRepository records, SupportRecordEventRepository events,
			ServiceUserService people, AccessPolicy policy, TeamRepository teams, SupportLists lists, JsonMapper json,
			Clock clock, PlanLanguage language, RecordHistory recordHistory, SupportRecordQueries queries) {
		this.queries = queries;
		this.language = language;
		this.recordHistory = recordHistory;
		this.records = records;
		this.events = events;
		this.people = people;
		this.policy = policy;
		this.teams = teams;
		this.lists = lists;
		this.json = json;
		this.clock = clock;
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

	@Transactional
	public SupportRecord start(KeyworkUser user, Long personId, RecordKind kind) {
		ServiceUser person = editable(user, personId);
		Optional<SupportRecord> existing = this.records
			.findFirstByServiceUserIdAndKindOrderByVersionNumberDesc(personId, kind);
		if (existing.isPresent()) {
			return existing.get();
		}
		SupportRecord record = new SupportRecord(person.getId(), kind, 1, write(initialContent(kind)), now(),
				user.getId());
		this.records.saveAndFlush(record);
		event(record, HistoryLine.of(Action.STARTED), user);
		log.info("Support record {} ({}) started for service user {} by account {}", record.getId(), kind, personId,
				user.getId());
		return record;
	}

	/**
	 * Changes the draft that is the latest version. {@code change} edits the content and
	 * returns what it did, for the history.
	 * @throws StaleRecordException if the record changed since {@code expectedVersion}
	 * @throws RecordNotEditableException if the latest version is agreed (start a review
	 * first)
	 */
	@Transactional
	public <T extends RecordContent> SupportRecord edit(KeyworkUser user, Long personId, RecordKind kind,
			Long expectedVersion, Class<T> type, Function<T, HistoryLine> change) {
		editable(user, personId);
		SupportRecord record = latestRecord(personId, kind);
		checkVersion(record, expectedVersion);
		if (!record.isDraft()) {
			throw new RecordNotEditableException(record);
		}
		T content = type.cast(read(record));
		RecordContent before = read(record);
		HistoryLine line = change.apply(content);
		this.language.showAfterRedirect(this.language.newFlags(before, content));
		record.changeContent(write(content), now(), user.getId());
		this.records.saveAndFlush(record);
		event(record, line, user);
		return record;
	}

	/**
	 * Records progress on an Action Plan step. Allowed on an agreed plan too: progress is
	 * not a change of plan.
	 */
	@Transactional
	public SupportRecord updateStep(KeyworkUser user, Long personId, String stepId, StepStatus status,
			Long expectedVersion) {
		editable(user, personId);
		return applyStepStatus(user, personId, stepId, status, expectedVersion);
	}

	/**
	 * For capabilities that have already checked who may mark a step (for example the
	 * person, in the portal).
	 */
	@Transactional
	public SupportRecord applyStepStatus(KeyworkUser user, Long personId, String stepId, StepStatus status,
			Long expectedVersion) {
		SupportRecord record = latestRecord(personId, RecordKind.ACTION_PLAN);
		if (expectedVersion != null) {
			checkVersion(record, expectedVersion);
		}
		ActionPlanContent plan = (ActionPlanContent) read(record);
		ActionPlanContent.Step step = plan.step(stepId).orElseThrow(() -> new NotFoundException("Step", stepId));
		step.setStatus(status);
		step.setCompletedOn(status == StepStatus.DONE ? LocalDate.now(this.clock) : null);
		record.changeContent(write(plan), now(), user.getId());
		this.records.saveAndFlush(record);
		event(record, HistoryLine.of(Action.STEP_PROGRESS, stepId, step.getWhat(), status.name()), user);
		return record;
	}

	/**
	 * Adds a step to the person's Action Plan, under the goal worded {@code goalWords}
	 * (added in life area {@code area} when the plan has none worded so), for
	 * capabilities that plan work with the person (the early warning's checklist). The
	 * plan is started when there is none; on an agreed plan a review is started first, so
	 * the new step waits to be agreed with the person like any change of plan. Returns
	 * the step's id ({@code #step-<id>} on the Action Plan page).
	 */
	@Transactional
	public String addStep(KeyworkUser user, Long personId, String area, String goalWords, String what, StepOwner who,
			LocalDate due) {
		editable(user, personId);
		start(user, personId, RecordKind.ACTION_PLAN);
		SupportRecord record = latestRecord(personId, RecordKind.ACTION_PLAN);
		if (!record.isDraft()) {
			record = startReview(user, personId, RecordKind.ACTION_PLAN, record.getVersion());
		}
		String[] added = new String[1];
		edit(user, personId, RecordKind.ACTION_PLAN, record.getVersion(), ActionPlanContent.class, plan -> {
			ActionPlanContent.Goal goal = plan.getGoals()
				.stream()
				.filter(g -> goalWords.equals(g.getGoal()))
				.findFirst()
				.orElseGet(() -> {
					ActionPlanContent.Goal g = new ActionPlanContent.Goal();
					g.setId(newId());
					g.setArea(area);
					g.setGoal(goalWords);
					plan.getGoals().add(g);
					return g;
				});
			ActionPlanContent.Step step = new ActionPlanContent.Step();
			step.setId(newId());
			step.setWhat(what);
			step.setWho(who);
			step.setDue(due);
			goal.getSteps().add(step);
			added[0] = step.getId();
			return HistoryLine.of(Action.STEP_ADDED, step.getId(), step.getWhat());
		});
		return added[0];
	}

	@Transactional
	public SupportRecord agree(KeyworkUser user, Long personId, RecordKind kind, Long expectedVersion, LocalDate on,
			String comment, LocalDate reviewDue) {
		editable(user, personId);
		SupportRecord record = latestRecord(personId, kind);
		checkVersion(record, expectedVersion);
		if (!record.isDraft()) {
			throw new RecordNotEditableException(record);
		}
		record.agree(on, blankToNull(comment), reviewDue, now(), user.getId());
		this.records.saveAndFlush(record);
		event(record, HistoryLine.of(Action.AGREED, null, Objects.toString(blankToNull(comment), "")), user);
		return record;
	}

	/**
	 * The review date suggested when agreeing: the team's review interval after the
	 * agreement date.
	 */
	public LocalDate defaultReviewDate(ServiceUser person, LocalDate agreedOn) {
		int months = this.teams.findById(person.getTeamId()).map(team -> team.getReviewIntervalMonths()).orElse(3);
		return agreedOn.plusMonths(months);
	}

	@Transactional
	public SupportRecord startReview(KeyworkUser user, Long personId, RecordKind kind, Long expectedVersion) {
		editable(user, personId);
		SupportRecord record = latestRecord(personId, kind);
		checkVersion(record, expectedVersion);
		if (record.isDraft()) {
			return record;
		}
		SupportRecord next = record.nextDraft(now(), user.getId());
		this.records.saveAndFlush(next);
		event(next, HistoryLine.of(Action.REVIEW_STARTED), user);
		return next;
	}

	@Transactional
	public SupportRecord setSharing(KeyworkUser user, Long personId, RecordKind kind, Long expectedVersion,
			SharingDecision decision) {
		editable(user, personId);
		SupportRecord record = latestRecord(personId, kind);
		checkVersion(record, expectedVersion);
		record.decide(decision, now(), user.getId());
		this.records.saveAndFlush(record);
		event(record, decision.isWithheld() ? HistoryLine.of(Action.WITHHELD, null, decision.getWithheldReason().name())
				: HistoryLine.of(Action.SHARED), user);
		return record;
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

	private ServiceUser editable(KeyworkUser user, Long personId) {
		ServiceUser person = this.people.get(user, personId);
		if (!this.policy.canEdit(user, person)) {
			throw new AccessDeniedException("Read-only access to the records of service user " + personId);
		}
		return person;
	}

	private SupportRecord latestRecord(Long personId, RecordKind kind) {
		return this.records.findFirstByServiceUserIdAndKindOrderByVersionNumberDesc(personId, kind)
			.orElseThrow(() -> new NotFoundException("Support record", kind));
	}

	private void checkVersion(SupportRecord record, Long expectedVersion) {
		if (expectedVersion == null || expectedVersion != record.getVersion()) {
			throw new StaleRecordException(record,
					this.recordHistory.since(record, expectedVersion == null ? -1 : expectedVersion));
		}
	}

	private RecordContent initialContent(RecordKind kind) {
		return switch (kind) {
			case OVERVIEW -> {
				OverviewContent overview = new OverviewContent();
				this.lists.lifeAreas().forEach(area -> {
					OverviewContent.AreaEntry entry = new OverviewContent.AreaEntry();
					entry.setId(area.code());
					overview.getAreas().add(entry);
				});
				yield overview;
			}
			case SAFETY_PLAN -> new SafetyPlanContent();
			case ACTION_PLAN -> new ActionPlanContent();
		};
	}

	private void event(SupportRecord record, HistoryLine line, KeyworkUser user) {
		this.events.save(new SupportRecordEvent(record, line, record.getVersion(), now(), user.getId()));
	}

	private String write(RecordContent content) {
		return this.json.writeValueAsString(content);
	}

	private Instant now() {
		return this.clock.instant();
	}

	static String newId() {
		return UUID.randomUUID().toString();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
