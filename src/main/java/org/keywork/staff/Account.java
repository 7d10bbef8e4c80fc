package org.keywork.staff;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Version;

import org.keywork.security.Role;

/**
 * Someone who signs in: staff, an administrator, or a service user (linked to their own
 * record by {@code serviceUserId}).
 */
@Entity
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String username;

	@Column(nullable = false)
	private String displayName;

	@Column(nullable = false)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	private boolean enabled = true;

	private boolean mustChangePassword;

	/** For SERVICE_USER accounts only: the one record this account may see. */
	private Long serviceUserId;

	@ManyToMany
	@JoinTable(name = "account_team", joinColumns = @JoinColumn(name = "account_id"),
			inverseJoinColumns = @JoinColumn(name = "team_id"))
	private Set<Team> teams = new LinkedHashSet<>();

	private Instant createdAt = Instant.now();

	private Instant updatedAt = Instant.now();

	@Version
	private long version;

	protected Account() {
	}

	public Account(String username, String displayName, String passwordHash, Role role) {
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
		touch();
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	/**
	 * Sets a new password hash; {@code mustChange} forces the person to choose their own
	 * at next sign-in.
	 */
	public void changePassword(String passwordHash, boolean mustChange) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = mustChange;
		touch();
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
		touch();
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
		touch();
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	public Long getServiceUserId() {
		return this.serviceUserId;
	}

	public void setServiceUserId(Long serviceUserId) {
		this.serviceUserId = serviceUserId;
	}

	public Set<Team> getTeams() {
		return this.teams;
	}

	public void setTeams(Set<Team> teams) {
		this.teams.clear();
		this.teams.addAll(teams);
		touch();
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

	private void touch() {
		this.updatedAt = Instant.now();
	}

}
