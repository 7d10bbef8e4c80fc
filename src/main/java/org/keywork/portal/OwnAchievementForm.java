package org.keywork.portal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Something the person achieved, added by them in the portal: what, when, and the
 * strengths they showed.
 */
class OwnAchievementForm {

	@NotNull(message = "{portal.achievement.achievedOn.required}")
	@PastOrPresent(message = "{portal.achievement.achievedOn.future}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate achievedOn;

	@NotBlank(message = "{portal.achievement.description.required}")
	@Size(max = 1000, message = "{portal.achievement.description.size}")
	private String description;

	@Size(max = 1000, message = "{portal.achievement.strengths.size}")
	private String strengths;

	public LocalDate getAchievedOn() {
		return this.achievedOn;
	}

	public void setAchievedOn(LocalDate achievedOn) {
		this.achievedOn = achievedOn;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getStrengths() {
		return this.strengths;
	}

	public void setStrengths(String strengths) {
		this.strengths = strengths;
	}

}
