package org.keywork.twofactor;

import java.util.List;
import java.util.Map;

import org.keywork.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which staff roles must have a second factor (required) and which are only offered one.
 * SERVICE_USER accounts are never asked.
 */
@Service
class SecondFactorPolicy {

	private static final Logger log = LoggerFactory.getLogger(SecondFactorPolicy.class);

	/** The roles the policy is about, in the order shown. */
	static final List<Role> ROLES = List.of(Role.ADMIN, Role.MANAGER, Role.WORKER, Role.PEER);

	private final JdbcClient jdbc;

	SecondFactorPolicy(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean required(Role role) {
		if (!ROLES.contains(role)) {
			return false;
		}
		return this.jdbc.sql("select required from second_factor_policy where role = ?")
			.param(role.name())
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/** Every role's choice and version, in {@link #ROLES} order. */
	List<RoleChoice> all() {
		Map<String, RoleChoice> rows = new java.util.HashMap<>();
		this.jdbc.sql("select role, required, version from second_factor_policy")
			.query((rs, n) -> new RoleChoice(Role.valueOf(rs.getString("role")), rs.getBoolean("required"),
					rs.getLong("version")))
			.list()
			.forEach(row -> rows.put(row.role().name(), row));
		return ROLES.stream().map(role -> rows.getOrDefault(role.name(), new RoleChoice(role, false, 0))).toList();
	}

	/**
	 * Saves every role's choice, or nothing when any role changed since the form was
	 * opened.
	 * @throws StalePolicyException when a version does not match
	 */
	@Transactional
	void save(Map<Role, Boolean> required, Map<Role, Long> versions, long byAccountId) {
		for (Role role : ROLES) {
			Boolean choice = required.get(role);
			Long version = versions.get(role);
			if (choice == null || version == null) {
				throw new IllegalArgumentException("No choice for " + role);
			}
			int updated = this.jdbc.sql(
					"update second_factor_policy set required = ?, version = version + 1 where role = ? and version = ?")
				.params(choice, role.name(), version)
				.update();
			if (updated == 0) {
				throw new StalePolicyException();
			}
		}
		log.info("Second-factor policy changed by account {}", byAccountId);
	}

	/** A role and whether it must have a second factor. */
	record RoleChoice(Role role, boolean required, long version) {
	}

	/** Someone changed the policy since the form was opened: nothing was saved. */
	static class StalePolicyException extends RuntimeException {

		StalePolicyException() {
			super("The second-factor policy changed since the form was opened");
		}

	}

}
