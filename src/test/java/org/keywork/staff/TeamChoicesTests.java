package org.keywork.staff;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.staff.TeamChoices.TeamChoice;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link TeamChoices#byIds}: exactly the teams asked for, by name, and none for no ids.
 */
@KeyworkTest
@Transactional
class TeamChoicesTests {

	@Autowired
	TeamRepository teams;

	@Autowired
	TeamChoices choices;

	@Test
	void theTeamsAskedForAndNoOthersByName() {
		Team zulu = this.teams.save(new Team("Zulu Choice For Ordering"));
		Team alpha = this.teams.save(new Team("Alpha Choice For Ordering"));
		Team other = this.teams.save(new Team("Choice Not Asked For"));
		this.teams.flush();

		assertThat(this.choices.byIds(Set.of(zulu.getId(), alpha.getId()))).containsExactly(
				new TeamChoice(alpha.getId(), "Alpha Choice For Ordering"),
				new TeamChoice(zulu.getId(), "Zulu Choice For Ordering"));
		assertThat(this.choices.byIds(Set.of(other.getId()))).extracting(TeamChoice::getName)
			.containsExactly("Choice Not Asked For");
		assertThat(this.choices.byIds(Set.of())).isEmpty();
	}

}
