package org.keywork.groups;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/** What a group is about and who runs it; its team is chosen when it starts. */
class GroupForm {

	private Long teamId;

	@NotBlank(message = "{groups.title.required}")
	@Size(max = 200, message = "{groups.title.size}")
	private String title;

	@Size(max = 2000, message = "{groups.topic.size}")
	private String topic;

	private List<Long> facilitatorIds = new ArrayList<>();

	private boolean active = true;

	private Long version;

	static GroupForm of(Group group) {
		GroupForm form = new GroupForm();
		form.teamId = group.teamId();
		form.title = group.title();
		form.topic = group.topic();
		form.facilitatorIds = new ArrayList<>(group.facilitators().stream().map(Group.StaffOption::id).toList());
		form.active = group.active();
		form.version = group.version();
		return form;
	}

	/**
	 * The team must be one of the account's; facilitators at least one, all staff of that
	 * team.
	 */
	void validate(Errors errors, List<Groups.TeamOption> teams, List<Group.StaffOption> staff) {
		if (this.teamId == null || teams.stream().noneMatch(t -> t.id().equals(this.teamId))) {
			errors.rejectValue("teamId", "groups.team.required");
		}
		if (this.facilitatorIds == null || this.facilitatorIds.isEmpty()) {
			errors.rejectValue("facilitatorIds", "groups.facilitators.required");
		}
		else if (!staff.stream().map(Group.StaffOption::id).toList().containsAll(this.facilitatorIds)) {
			errors.rejectValue("facilitatorIds", "groups.facilitators.unknown");
		}
	}

	Groups.Details details() {
		return new Groups.Details(this.teamId, this.title, this.topic,
				this.facilitatorIds == null ? List.of() : this.facilitatorIds, this.active);
	}

	public Long getTeamId() {
		return this.teamId;
	}

	public void setTeamId(Long teamId) {
		this.teamId = teamId;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getTopic() {
		return this.topic;
	}

	public void setTopic(String topic) {
		this.topic = topic;
	}

	public List<Long> getFacilitatorIds() {
		return this.facilitatorIds;
	}

	public void setFacilitatorIds(List<Long> facilitatorIds) {
		this.facilitatorIds = facilitatorIds;
	}

	public boolean isActive() {
		return this.active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
