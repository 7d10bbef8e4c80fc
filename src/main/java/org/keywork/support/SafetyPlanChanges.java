package org.keywork.support;

import java.util.Objects;

import org.keywork.security.KeyworkUser;
import org.keywork.support.SupportRecordEvent.Action;
import org.keywork.web.NotFoundException;

import org.springframework.stereotype.Service;

/**
 * Each change to a Safety &amp; Wellbeing Plan draft, one method per action: each checks
 * access, loads the latest version, checks it is the draft the form was opened on,
 * changes it and writes the history line, all through {@link SupportRecordChanges#edit}.
 */
@Service
class SafetyPlanChanges {

	private final SupportRecordChanges records;

	SafetyPlanChanges(SupportRecordChanges records) {
		this.records = records;
	}

	void addFactor(KeyworkUser user, Long personId, FactorForm form) {
		this.records.edit(user, personId, RecordKind.SAFETY_PLAN, form.getVersion(), SafetyPlanContent.class, plan -> {
			SafetyPlanContent.Factor factor = new SafetyPlanContent.Factor();
			factor.setId(SupportRecordChanges.newId());
			form.applyTo(factor);
			plan.getFactors().add(factor);
			return HistoryLine.of(Action.FACTOR_ADDED, factor.getId(), factor.getCategory(),
					factor.isWithheld() ? "WITHHELD" : "");
		});
	}

	void changeFactor(KeyworkUser user, Long personId, String factorId, FactorForm form) {
		this.records.edit(user, personId, RecordKind.SAFETY_PLAN, form.getVersion(), SafetyPlanContent.class, plan -> {
			SafetyPlanContent.Factor factor = plan.factor(factorId)
				.orElseThrow(() -> new NotFoundException("Safety factor", factorId));
			boolean wasWithheld = factor.isWithheld();
			form.applyTo(factor);
			String sharing = wasWithheld == factor.isWithheld() ? ""
					: (factor.isWithheld() ? "NOW_WITHHELD" : "NOW_SHARED");
			return HistoryLine.of(Action.FACTOR_CHANGED, factor.getId(), factor.getCategory(), sharing);
		});
	}

	void removeFactor(KeyworkUser user, Long personId, String factorId, Long version) {
		this.records.edit(user, personId, RecordKind.SAFETY_PLAN, version, SafetyPlanContent.class, plan -> {
			SafetyPlanContent.Factor factor = plan.factor(factorId)
				.orElseThrow(() -> new NotFoundException("Safety factor", factorId));
			plan.getFactors().remove(factor);
			return HistoryLine.of(Action.FACTOR_REMOVED, factorId, factor.getCategory());
		});
	}

	void saveCrisisContacts(KeyworkUser user, Long personId, CrisisContactsForm form) {
		String contacts = (form.getCrisisContacts() == null || form.getCrisisContacts().isBlank()) ? null
				: form.getCrisisContacts().strip();
		this.records.edit(user, personId, RecordKind.SAFETY_PLAN, form.getVersion(), SafetyPlanContent.class, plan -> {
			boolean changed = !Objects.equals(plan.getCrisisContacts(), contacts);
			plan.setCrisisContacts(contacts);
			return HistoryLine.of(changed ? Action.CRISIS_CONTACTS_CHANGED : Action.NO_CHANGE);
		});
	}

}
