package org.keywork.serviceusers;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.keywork.security.PersonRecord;

/**
 * A person supported by a team. Other records (plans, notes, outcomes, housing) hang off
 * this one by its id. References to the team and keyworker are held as ids: the access
 * policy needs only those, and lists join what they show in one query.
 */
@Entity
public class ServiceUser implements PersonRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String reference;

	@Column(nullable = false)
	private String legalName;

	private String preferredName;

	private String pronouns;

	private LocalDate dateOfBirth;

	private String phone;

	private String email;

	private String address;

	private String languages;

	private String communicationNeeds;

	@Column(nullable = false)
	private Long teamId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ServiceUserStatus status = ServiceUserStatus.REFERRED;

	private LocalDate supportStart;

	private LocalDate supportEnd;

	private String moveOnReason;

	private Long keyworkerId;

	@Column(updatable = false)
	private Instant createdAt = Instant.now();

	@Column(updatable = false)
	private Long createdBy;

	private Instant updatedAt = Instant.now();

	private Long updatedBy;

	@Version
	private long version;

	protected ServiceUser() {
	}

	ServiceUser(String reference, String legalName, Long teamId, Long createdBy) {
		this.reference = reference;
		this.legalName = legalName;
		this.teamId = teamId;
		this.createdBy = createdBy;
		this.updatedBy = createdBy;
	}

	/** The name to address the person by: their preferred name if they gave one. */
	public String getKnownAs() {
		return (this.preferredName != null && !this.preferredName.isBlank()) ? this.preferredName : this.legalName;
	}

	void touch(Long accountId) {
		this.updatedAt = Instant.now();
		this.updatedBy = accountId;
	}

	@Override
	public Long getId() {
		return this.id;
	}

	public String getReference() {
		return this.reference;
	}

	public String getLegalName() {
		return this.legalName;
	}

	void setLegalName(String legalName) {
		this.legalName = legalName;
	}

	public String getPreferredName() {
		return this.preferredName;
	}

	void setPreferredName(String preferredName) {
		this.preferredName = preferredName;
	}

	public String getPronouns() {
		return this.pronouns;
	}

	void setPronouns(String pronouns) {
		this.pronouns = pronouns;
	}

	public LocalDate getDateOfBirth() {
		return this.dateOfBirth;
	}

	void setDateOfBirth(LocalDate dateOfBirth) {
		this.dateOfBirth = dateOfBirth;
	}

	public String getPhone() {
		return this.phone;
	}

	void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return this.email;
	}

	void setEmail(String email) {
		this.email = email;
	}

	public String getAddress() {
		return this.address;
	}

	void setAddress(String address) {
		this.address = address;
	}

	public String getLanguages() {
		return this.languages;
	}

	void setLanguages(String languages) {
		this.languages = languages;
	}

	public String getCommunicationNeeds() {
		return this.communicationNeeds;
	}

	void setCommunicationNeeds(String communicationNeeds) {
		this.communicationNeeds = communicationNeeds;
	}

	@Override
	public Long getTeamId() {
		return this.teamId;
	}

	void setTeamId(Long teamId) {
		this.teamId = teamId;
	}

	public ServiceUserStatus getStatus() {
		return this.status;
	}

	void setStatus(ServiceUserStatus status) {
		this.status = status;
	}

	public LocalDate getSupportStart() {
		return this.supportStart;
	}

	void setSupportStart(LocalDate supportStart) {
		this.supportStart = supportStart;
	}

	public LocalDate getSupportEnd() {
		return this.supportEnd;
	}

	void setSupportEnd(LocalDate supportEnd) {
		this.supportEnd = supportEnd;
	}

	public String getMoveOnReason() {
		return this.moveOnReason;
	}

	void setMoveOnReason(String moveOnReason) {
		this.moveOnReason = moveOnReason;
	}

	@Override
	public Long getKeyworkerId() {
		return this.keyworkerId;
	}

	void setKeyworkerId(Long keyworkerId) {
		this.keyworkerId = keyworkerId;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Long getCreatedBy() {
		return this.createdBy;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public Long getUpdatedBy() {
		return this.updatedBy;
	}

	public long getVersion() {
		return this.version;
	}

}
