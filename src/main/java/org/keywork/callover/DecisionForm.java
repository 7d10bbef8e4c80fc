package org.keywork.callover;

import java.time.LocalDate;
import java.util.Collection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * What the callover decided about one person: what was discussed (required), what was
 * agreed, who follows it up (a member of the team's staff, optional) and by when
 * (required with a follow-up, and only with one). {@code version} is null for a new
 * decision.
 */
class DecisionForm {

	@NotBlank(message = "{callover.discussed.required}")
	@Size(max = 2000, message = "{callover.text.size}")
	private String discussed;

	@Size(max = 2000, message = "{callover.text.size}")
	private String agreed;

	private Long followUpBy;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate followUpDue;

	private Long version;

	static DecisionForm of(Decision decision) {
		DecisionForm form = new DecisionForm();
		form.discussed = decision.discussed();
		form.agreed = decision.agreed();
		form.followUpBy = decision.followUpBy();
		form.followUpDue = decision.followUpDue();
		form.version = decision.version();
		return form;
	}

	/** The checks that need the team's staff: who follows up, and by when. */
	void validate(Errors errors, Collection<Long> staffIds) {
		if (this.followUpBy != null && !staffIds.contains(this.followUpBy)) {
			errors.rejectValue("followUpBy", "callover.followUpBy.notInTeam");
		}
		if (this.followUpBy != null && this.followUpDue == null && !errors.hasFieldErrors("followUpDue")) {
			errors.rejectValue("followUpDue", "callover.followUpDue.required");
		}
		if (this.followUpBy == null && this.followUpDue != null) {
			errors.rejectValue("followUpBy", "callover.followUpBy.required");
		}
	}

	String discussedText() {
		return this.discussed.strip();
	}

	String agreedText() {
		return this.agreed == null || this.agreed.isBlank() ? null : this.agreed.strip();
	}

	LocalDate dueOrNull() {
		return this.followUpBy == null ? null : this.followUpDue;
	}

	public String getDiscussed() {
		return this.discussed;
	}

	public void setDiscussed(String discussed) {
		this.discussed = discussed;
	}

	public String getAgreed() {
		return this.agreed;
	}

	public void setAgreed(String agreed) {
		this.agreed = agreed;
	}

	public Long getFollowUpBy() {
		return this.followUpBy;
	}

	public void setFollowUpBy(Long followUpBy) {
		this.followUpBy = followUpBy;
	}

	public LocalDate getFollowUpDue() {
		return this.followUpDue;
	}

	public void setFollowUpDue(LocalDate followUpDue) {
		this.followUpDue = followUpDue;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
