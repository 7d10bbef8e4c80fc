package org.keywork.support;

import org.keywork.sharing.WithholdReason;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Safety &amp; Wellbeing Plan: factors and the agreed plan for each, and who to call in a
 * crisis.
 */
public final class SafetyPlanContent implements RecordContent {

	private String crisisContacts;

	private List<Factor> factors = new ArrayList<>();

	public String getCrisisContacts() {
		return this.crisisContacts;
	}

	public void setCrisisContacts(String crisisContacts) {
		this.crisisContacts = crisisContacts;
	}

	public List<Factor> getFactors() {
		return this.factors;
	}

	public void setFactors(List<Factor> factors) {
		this.factors = factors;
	}

	public Optional<Factor> factor(String id) {
		return this.factors.stream().filter(factor -> factor.getId().equals(id)).findFirst();
	}

	/**
	 * Something that could affect the safety or wellbeing of the person or others, and
	 * what is agreed about it.
	 */
	public static class Factor {

		private String id;

		private String category;

		private String description;

		private String triggers;

		private Level likelihood;

		private Level impact;

		private String personWillDo;

		private String staffWillDo;

		private String othersInvolved;

		private boolean withheld;

		private WithholdReason withheldReason;

		private String withheldDetail;

		public String getId() {
			return this.id;
		}

		public void setId(String id) {
			this.id = id;
		}

		public String getCategory() {
			return this.category;
		}

		public void setCategory(String category) {
			this.category = category;
		}

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public String getTriggers() {
			return this.triggers;
		}

		public void setTriggers(String triggers) {
			this.triggers = triggers;
		}

		public Level getLikelihood() {
			return this.likelihood;
		}

		public void setLikelihood(Level likelihood) {
			this.likelihood = likelihood;
		}

		public Level getImpact() {
			return this.impact;
		}

		public void setImpact(Level impact) {
			this.impact = impact;
		}

		public String getPersonWillDo() {
			return this.personWillDo;
		}

		public void setPersonWillDo(String personWillDo) {
			this.personWillDo = personWillDo;
		}

		public String getStaffWillDo() {
			return this.staffWillDo;
		}

		public void setStaffWillDo(String staffWillDo) {
			this.staffWillDo = staffWillDo;
		}

		public String getOthersInvolved() {
			return this.othersInvolved;
		}

		public void setOthersInvolved(String othersInvolved) {
			this.othersInvolved = othersInvolved;
		}

		public boolean isWithheld() {
			return this.withheld;
		}

		public void setWithheld(boolean withheld) {
			this.withheld = withheld;
		}

		public WithholdReason getWithheldReason() {
			return this.withheldReason;
		}

		public void setWithheldReason(WithholdReason withheldReason) {
			this.withheldReason = withheldReason;
		}

		public String getWithheldDetail() {
			return this.withheldDetail;
		}

		public void setWithheldDetail(String withheldDetail) {
			this.withheldDetail = withheldDetail;
		}

	}

}
