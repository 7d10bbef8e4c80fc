package org.keywork.serviceusers;

import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;
import org.keywork.TestMoves;
import org.keywork.TestPeople;
import org.keywork.TestTeams;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What follows a person who moves to another team, and what stays behind. */
@KeyworkTest
class TeamMoveTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoIds ids;

	@Test
	void aPeerLinkEndsWhenThePersonMovesTeamAndThePeerNoLongerReachesThem() throws Exception {
		long person = TestPeople.named(TestPeople.uniqueName("Moving Peer")).save(mvc, users, jdbc);
		TestPeople.peer("peer").linkedTo(person).scope("NOTES").save(mvc, users, jdbc);
		mvc.perform(get("/service-users/{id}", person).with(users.as("peer"))).andExpect(status().isOk());

		long team = TestTeams.named(TestPeople.uniqueName("Move Team")).save(jdbc);
		String mover = TestMoves.managerOf(jdbc, ids.north(), team);
		move(person, team, mover);

		// the peer's next request: the person is out of reach, exactly like one that does
		// not exist
		mvc.perform(get("/service-users/{id}", person).with(users.as("peer"))).andExpect(status().isNotFound());
		mvc.perform(get("/service-users/{id}/contact-notes/new", person).with(users.as("peer")))
			.andExpect(status().isNotFound());
		// the link is kept, ended, with why and by whom
		var link = jdbc
			.sql("select ended_at is not null as ended, end_reason, ended_by from peer_link"
					+ " where service_user_id = ? and peer_id = ?")
			.params(person, ids.account("peer"))
			.query()
			.singleRow();
		assertThat(link.get("ended")).isEqualTo(true);
		assertThat(link.get("end_reason")).isEqualTo("TEAM_MOVE");
		assertThat(((Number) link.get("ended_by")).longValue()).isEqualTo(ids.account(mover));
	}

	@Test
	void anEditThatKeepsTheTeamLeavesThePeerLinkOpen() throws Exception {
		long person = TestPeople.named(TestPeople.uniqueName("Staying Peer")).save(mvc, users, jdbc);
		TestPeople.peer("peer").linkedTo(person).save(mvc, users, jdbc);
		move(person, ids.north(), "worker");
		mvc.perform(get("/service-users/{id}", person).with(users.as("peer"))).andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from peer_link where service_user_id = ? and ended_at is null")
			.param(person)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	void move(long person, long team, String by) throws Exception {
		TestMoves.move(mvc, users, jdbc, person, team, by);
	}

}
