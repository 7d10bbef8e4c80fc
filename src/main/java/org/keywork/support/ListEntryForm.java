package org.keywork.support;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A life area or safety-factor category as an administrator edits it. */
class ListEntryForm {

	@NotBlank(message = "{lists.name.required}")
	@Size(max = 120, message = "{lists.name.size}")
	private String name;

	@Min(value = 0, message = "{lists.position.range}")
	@Max(value = 10000, message = "{lists.position.range}")
	private int position = 1000;

	private boolean active = true;

	private boolean staffSafety;

	/** The entry's version when the form was opened (optimistic locking). */
	private Long version;

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public int getPosition() {
		return this.position;
	}

	public void setPosition(int position) {
		this.position = position;
	}

	public boolean isActive() {
		return this.active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public boolean isStaffSafety() {
		return this.staffSafety;
	}

	public void setStaffSafety(boolean staffSafety) {
		this.staffSafety = staffSafety;
	}

}
