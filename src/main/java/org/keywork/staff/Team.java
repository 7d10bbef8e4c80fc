package org.keywork.staff;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A team of staff (e.g. a Housing First team); service users belong to one team. */
@Entity
public class Team {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String name;

	/**
	 * How often, in days, everyone should have a successful contact (the guide: at least
	 * weekly).
	 */
	private int contactFrequencyDays = 7;

	/** Default months between reviews of support records. */
	private int reviewIntervalMonths = 3;

	/** Months between readings of each outcome measure. */
	private int outcomeIntervalMonths = 3;

	/** Whether text messages count as contact for the weekly rule (issue 14). */
	private boolean textsCount = true;

	/** The team office's phone, shown in the portal when the keyworker has none. */
	private String phone;

	/** When the team office can be reached, shown with its phone. */
	private String contactHours;

	private Instant createdAt = Instant.now();

	@Version
	private long version;

	protected Team() {
	}

	public Team(String name) {
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public boolean isTextsCount() {
		return this.textsCount;
	}

	public void setTextsCount(boolean textsCount) {
		this.textsCount = textsCount;
	}

	public int getContactFrequencyDays() {
		return this.contactFrequencyDays;
	}

	public void setContactFrequencyDays(int contactFrequencyDays) {
		this.contactFrequencyDays = contactFrequencyDays;
	}

	public int getReviewIntervalMonths() {
		return this.reviewIntervalMonths;
	}

	public void setReviewIntervalMonths(int reviewIntervalMonths) {
		this.reviewIntervalMonths = reviewIntervalMonths;
	}

	public int getOutcomeIntervalMonths() {
		return this.outcomeIntervalMonths;
	}

	public void setOutcomeIntervalMonths(int outcomeIntervalMonths) {
		this.outcomeIntervalMonths = outcomeIntervalMonths;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getContactHours() {
		return this.contactHours;
	}

	public void setContactHours(String contactHours) {
		this.contactHours = contactHours;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public long getVersion() {
		return this.version;
	}

}
