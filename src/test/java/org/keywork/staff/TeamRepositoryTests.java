package org.keywork.staff;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link TeamRepository#findByIdInOrderByNameAsc}, now a native query on an array of ids:
 * exactly the teams asked for, by name, and none for no ids.
 */
@KeyworkTest
@Transactional
class TeamRepositoryTests {

	@Autowired
	TeamRepository teams;

	@Test
	void theTeamsAskedForAndNoOthersByName() {
		Team zulu = this.teams.save(new Team("Zulu Team For Ordering"));
		Team alpha = this.teams.save(new Team("Alpha Team For Ordering"));
		Team other = this.teams.save(new Team("Team Not Asked For"));
		this.teams.flush();

		List<Team> found = this.teams.findByIdInOrderByNameAsc(Set.of(zulu.getId(), alpha.getId()));

		assertThat(found).extracting(Team::getName)
			.containsExactly("Alpha Team For Ordering", "Zulu Team For Ordering");
		assertThat(found).extracting(Team::getId).doesNotContain(other.getId());
		assertThat(this.teams.findByIdInOrderByNameAsc(Set.of(other.getId()))).extracting(Team::getName)
			.containsExactly("Team Not Asked For");
		assertThat(this.teams.findByIdInOrderByNameAsc(Set.of())).isEmpty();
	}

}
