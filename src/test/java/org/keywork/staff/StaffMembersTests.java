package org.keywork.staff;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.security.Role;
import org.keywork.staff.StaffMembers.StaffMember;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff offered as choices: enabled accounts of the asked roles in any of the asked
 * teams, each once, by name.
 */
@KeyworkTest
class StaffMembersTests {

	@Autowired
	StaffMembers staff;

	@Autowired
	JdbcClient jdbc;

	private long account(String name, Role role, boolean enabled, long... teams) {
		long id = this.jdbc.sql(
				"insert into account (username, display_name, password_hash, role, enabled) values (?, ?, 'x', ?, ?) returning id")
			.params("staff-" + System.nanoTime(), name, role.name(), enabled)
			.query(Long.class)
			.single();
		for (long team : teams) {
			this.jdbc.sql("insert into account_team (account_id, team_id) values (?, ?)").params(id, team).update();
		}
		return id;
	}

	private long team() {
		return this.jdbc.sql("insert into team (name) values (?) returning id")
			.param("Staff test team " + System.nanoTime())
			.query(Long.class)
			.single();
	}

	@Test
	void enabledStaffOfTheRolesInAnyOfTheTeamsOnceEachByName() {
		long one = team();
		long two = team();
		long other = team();
		long zoe = account("Zoe Both", Role.WORKER, true, one, two);
		long amir = account("Amir Manager", Role.MANAGER, true, two);
		account("Pat Peer", Role.PEER, true, one);
		account("Dee Disabled", Role.WORKER, false, one);
		account("Oli Other Team", Role.WORKER, true, other);

		List<StaffMember> found = this.staff.inTeams(Set.of(one, two), Set.of(Role.WORKER, Role.MANAGER));

		assertThat(found).extracting(StaffMember::getId).containsExactly(amir, zoe);
		assertThat(found).extracting(StaffMember::getDisplayName).containsExactly("Amir Manager", "Zoe Both");
		assertThat(this.staff.inTeams(Set.of(one), Set.of(Role.PEER))).extracting(StaffMember::getDisplayName)
			.containsExactly("Pat Peer");
		assertThat(this.staff.inTeams(Set.of(), Set.of(Role.WORKER))).isEmpty();
	}

}
