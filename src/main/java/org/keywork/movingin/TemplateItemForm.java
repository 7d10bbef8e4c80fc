package org.keywork.movingin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One item of the moving-in template: what, where in the list, whether in use. */
class TemplateItemForm {

	@NotBlank(message = "{movingin.label.required}")
	@Size(max = 200, message = "{movingin.label.size}")
	private String label;

	@NotNull(message = "{movingin.position.required}")
	@Min(value = 0, message = "{movingin.position.range}")
	@Max(value = 100000, message = "{movingin.position.range}")
	private Integer position;

	private boolean active = true;

	private Long version;

	static TemplateItemForm of(TemplateItem item) {
		TemplateItemForm form = new TemplateItemForm();
		form.label = item.label();
		form.position = item.position();
		form.active = item.active();
		form.version = item.version();
		return form;
	}

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = label;
	}

	public Integer getPosition() {
		return this.position;
	}

	public void setPosition(Integer position) {
		this.position = position;
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
