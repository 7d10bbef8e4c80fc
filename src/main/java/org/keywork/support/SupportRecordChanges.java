package org.keywork.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.keywork.security.AccessPolicy;
import org.keywork.security.KeyworkUser;
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
 * with the person, review it (a new version), share or withhold it, and record progress
 * on an Action Plan step. Only staff who may change the person's records
 * ({@link AccessPolicy#canEdit}) do; every change is checked against the version the
 * writer read (optimistic locking, {@link StaleRecordException}) and written to the
 * record's history. Reading them is {@link SupportRecordService}.
 */
@Service
@Transactional
public class SupportRecordChanges {

	private static final Logger log = LoggerFactory.getLogger(SupportRecordChanges.class);

	private final SupportRecordRepository records;

	private final SupportRecordEventRepository events;

	private final SupportRecordService reads;

	private final ServiceUserService people;

	private final AccessPolicy policy;

	private final TeamRepository teams;

	private final SupportLists lists;

	private final JsonMapper json;

	private final Clock clock;

	private final PlanLanguage language;

	private final RecordHistory recordHistory;

	SupportRecordChanges(SupportRecordRepository records, SupportRecordEventRepository events,
			SupportRecordService reads, ServiceUserService people, AccessPolicy policy, TeamRepository teams,
			SupportLists lists, JsonMapper json, Clock clock, PlanLanguage language, RecordHistory recordHistory) {
		this.records = records;
		this.events = events;
		this.reads = reads;
		this.people = people;
		this.policy = policy;
		this.teams = teams;
		this.lists = lists;
		this.json = json;
		this.clock = clock;
		this.language = language;
		this.recordHistory = recordHistory;
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
		T content = type.cast(this.reads.read(record));
		RecordContent before = this.reads.read(record);
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
		ActionPlanContent plan = (ActionPlanContent) this.reads.read(record);
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
