package org.keywork.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in account as Spring Security holds it in the session. Carries ids, never
 * case content.
 */
public final class KeyworkUser implements UserDetails {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Long id;

	private final String username;

	private final String displayName;

	private final String passwordHash;

	private final Role role;

	private final boolean enabled;

	private final Long serviceUserId;

	private final boolean mustChangePassword;

	public KeyworkUser(Long id, String username, String displayName, String passwordHash, Role role, boolean enabled,
			Long serviceUserId, boolean mustChangePassword) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.enabled = enabled;
		this.serviceUserId = serviceUserId;
		this.mustChangePassword = mustChangePassword;
	}

	/** The same account after the person has chosen a new password. */
	public KeyworkUser withPasswordChanged(String newHash) {
		return new KeyworkUser(this.id, this.username, this.displayName, newHash, this.role, this.enabled,
				this.serviceUserId, false);
	}

	public Long getId() {
		return this.id;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	public Role getRole() {
		return this.role;
	}

	public boolean hasRole(Role role) {
		return this.role == role;
	}

	/** For a SERVICE_USER account, the id of their own record; otherwise null. */
	public Long getServiceUserId() {
		return this.serviceUserId;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof KeyworkUser user && this.id.equals(user.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

	@Override
	public String toString() {
		return "KeyworkUser[id=" + this.id + ", role=" + this.role + "]";
	}

}
