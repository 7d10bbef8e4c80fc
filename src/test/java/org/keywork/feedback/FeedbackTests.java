package org.keywork.feedback;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;
import org.keywork.TestMoves;
import org.keywork.PortalPeople;
import org.keywork.TestPeople;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Feedback per team, for that team's managers; asking for a different keyworker and the
 * managers' answer.
 */
@KeyworkTest
class FeedbackTests {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoIds ids;

	@Autowired
	PasswordEncoder encoder;

	@Nested
	class Feedback {

		@Test
		void thePersonGivesFeedbackAndOnlyTheirTeamsManagersSeeIt() throws Exception {
			String words = TestPeople.uniqueName("Dee's rides keep me going");
			giveFeedback("serviceuser", words).andExpect(redirectedUrl("/my-support"));
			mvc.perform(get("/team/feedback").with(users.as("manager")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(words.replace("'", "&#39;"))))
				.andExpect(content().string(containsString("Responses")));
			mvc.perform(get("/team/feedback").with(users.as("citymanager")))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString(words.replace("'", "&#39;")))));
			long north = ids.north();
			mvc.perform(get("/team/feedback?team=" + north).with(users.as("citymanager")))
				.andExpect(status().isNotFound());
			mvc.perform(get("/team/feedback").with(users.as("worker"))).andExpect(status().isForbidden());
		}

		@Test
		void everyRatingIsNeeded() throws Exception {
			mvc.perform(
					post("/my-support/feedback").with(csrf()).with(users.as("serviceuser")).param("listenedTo", "3"))
				.andExpect(status().isOk())
				// each question named in its message, the one answered not
				.andExpect(
						content().string(containsString("Choose a number from 1 to 5 for how often you get support")))
				.andExpect(content().string(containsString("for how often your support is helping you")))
				.andExpect(content().string(not(containsString("for how often you feel listened to"))));
			mvc.perform(get("/my-support/feedback").with(users.as("serviceuser"))).andExpect(status().isOk());
		}

	}

	@Nested
	class KeyworkerRequests {

		@Test
		void anAgreedRequestChangesTheKeyworkerWithTheReasonInTheHistory() throws Exception {
			long person = PortalPeople.withAccount(mvc, users, jdbc, encoder, "Kw Request");
			String user = PortalPeople.username(person);
			askForAnotherKeyworker(user, "I work days now and need evening visits").andExpect(status().isFound());
			// a second one waits for the first
			askForAnotherKeyworker(user, "Again").andExpect(status().isFound());
			assertThat(jdbc.sql("select count(*) from keyworker_request where service_user_id = ?")
				.param(person)
				.query(Long.class)
				.single()).isEqualTo(1);
			long request = jdbc.sql("select id from keyworker_request where service_user_id = ?")
				.param(person)
				.query(Long.class)
				.single();
			mvc.perform(get("/team/keyworker-requests").with(users.as("manager")))
				.andExpect(content().string(containsString("I work days now and need evening visits")));
			mvc.perform(get("/team/keyworker-requests").with(users.as("citymanager")))
				.andExpect(content().string(not(containsString("I work days now and need evening visits"))));
			mvc.perform(get("/team/keyworker-requests/" + request).with(users.as("citymanager")))
				.andExpect(status().isNotFound());
			mvc.perform(get("/team/keyworker-requests/" + request).with(users.as("worker")))
				.andExpect(status().isForbidden());
			mvc.perform(get("/team/keyworker-requests/" + request).with(users.as("manager")))
				.andExpect(status().isOk());

			long jordan = ids.account("jordan");
			mvc.perform(post("/team/keyworker-requests/" + request).with(csrf())
				.with(users.as("manager"))
				.param("decision", "AGREE")
				.param("keyworkerId", String.valueOf(jordan))
				.param("answer", "Jordan works late on Tuesdays and Thursdays."))
				.andExpect(redirectedUrl("/team/keyworker-requests"));

			assertThat(jdbc.sql("select keyworker_id from service_user where id = ?")
				.param(person)
				.query(Long.class)
				.single()).isEqualTo(jordan);
			String reason = jdbc.sql("""
					select reason from keyworker_assignment where service_user_id = ? and ended_at is null
					""").param(person).query(String.class).single();
			assertThat(reason).contains("I work days now and need evening visits")
				.contains("Jordan works late on Tuesdays and Thursdays.");
			mvc.perform(get("/service-users/" + person).with(users.as("manager")))
				.andExpect(content().string(containsString("Jordan works late on Tuesdays and Thursdays.")));
			mvc.perform(get("/my-support/keyworker-request").with(users.as(user)))
				.andExpect(content().string(containsString("Agreed")))
				.andExpect(content().string(containsString("Jordan Ellis")))
				.andExpect(content().string(containsString("Jordan works late on Tuesdays and Thursdays.")));
		}

		@Test
		void anOpenRequestFollowsThePersonToTheirNewTeam() throws Exception {
			long person = PortalPeople.withAccount(mvc, users, jdbc, encoder, "Kw Moving");
			String user = PortalPeople.username(person);
			String reason = "Moving across town " + TestPeople.uniqueName("r");
			askForAnotherKeyworker(user, reason).andExpect(status().isFound());
			long request = jdbc.sql("select id from keyworker_request where service_user_id = ?")
				.param(person)
				.query(Long.class)
				.single();
			long city = ids.team("City Floating Support");
			TestMoves.move(mvc, users, jdbc, person, city, TestMoves.managerOf(jdbc, ids.north(), city));

			// the new team's managers see it and answer it; the old team's no longer do
			mvc.perform(get("/team/keyworker-requests").with(users.as("citymanager")))
				.andExpect(content().string(containsString(reason)));
			mvc.perform(get("/team/keyworker-requests").with(users.as("manager")))
				.andExpect(content().string(not(containsString(reason))));
			mvc.perform(get("/team/keyworker-requests/" + request).with(users.as("manager")))
				.andExpect(status().isNotFound());
			long priya = ids.account("worker2");
			mvc.perform(post("/team/keyworker-requests/" + request).with(csrf())
				.with(users.as("citymanager"))
				.param("decision", "AGREE")
				.param("keyworkerId", String.valueOf(priya))
				.param("answer", "Priya works in the new area.")).andExpect(redirectedUrl("/team/keyworker-requests"));
			assertThat(jdbc.sql("select keyworker_id from service_user where id = ?")
				.param(person)
				.query(Long.class)
				.single()).isEqualTo(priya);
		}

		@Test
		void aDeclinedRequestKeepsTheKeyworkerAndTellsThePersonWhy() throws Exception {
			long person = PortalPeople.withAccount(mvc, users, jdbc, encoder, "Kw Decline");
			String user = PortalPeople.username(person);
			askForAnotherKeyworker(user, "I'd like someone else").andExpect(status().isFound());
			long request = jdbc.sql("select id from keyworker_request where service_user_id = ?")
				.param(person)
				.query(Long.class)
				.single();
			mvc.perform(post("/team/keyworker-requests/" + request).with(csrf())
				.with(users.as("manager"))
				.param("decision", "AGREE")
				.param("answer", "Yes"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Choose the new keyworker")));
			// agreeing by naming the keyworker the person has already changes nothing
			Long current = jdbc.sql("select keyworker_id from service_user where id = ?")
				.param(person)
				.query(Long.class)
				.single();
			mvc.perform(post("/team/keyworker-requests/" + request).with(csrf())
				.with(users.as("manager"))
				.param("decision", "AGREE")
				.param("keyworkerId", String.valueOf(current))
				.param("answer", "Yes"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("already the person&#39;s keyworker")));
			assertThat(jdbc.sql("select count(*) from keyworker_assignment where service_user_id = ?")
				.param(person)
				.query(Long.class)
				.single()).isEqualTo(1);
			mvc.perform(post("/team/keyworker-requests/" + request).with(csrf())
				.with(users.as("manager"))
				.param("decision", "DECLINE")
				.param("answer", "Let us talk about it at your review next week first.")).andExpect(status().isFound());
			assertThat(jdbc.sql("select status from keyworker_request where id = ?")
				.param(request)
				.query(String.class)
				.single()).isEqualTo("DECLINED");
			mvc.perform(get("/my-support/keyworker-request").with(users.as(user)))
				.andExpect(content().string(containsString("Not agreed")))
				.andExpect(content().string(containsString("Let us talk about it at your review next week first.")));
		}

	}

	@Nested
	class WaitingForYou {

		@Test
		void theDashboardCountsOpenRequestsAndRecentFeedbackInTheManagersOwnTeams() throws Exception {
			// one of each in North, through the portal
			long person = PortalPeople.withAccount(mvc, users, jdbc, encoder, "Waiting For You");
			String user = PortalPeople.username(person);
			askForAnotherKeyworker(user, "Someone who speaks Polish, please").andExpect(status().isFound());
			giveFeedback(user, null).andExpect(status().isFound());
			// and in City, written straight in, so that both teams have some of each
			long cityPerson = jdbc
				.sql("""
						select s.id from service_user s join team t on t.id = s.team_id
						where t.name = 'City Floating Support'
						  and not exists (select 1 from keyworker_request r where r.service_user_id = s.id and r.status = 'OPEN')
						order by s.id limit 1
						""")
				.query(Long.class)
				.single();
			long cityTeam = jdbc.sql("select team_id from service_user where id = ?")
				.param(cityPerson)
				.query(Long.class)
				.single();
			long anyone = ids.account("citymanager");
			jdbc.sql("""
					insert into keyworker_request (service_user_id, team_id, reason, status, requested_by)
					values (?, ?, 'Evening visits, please', 'OPEN', ?)
					""").params(cityPerson, cityTeam, anyone).update();
			jdbc.sql(
					"""
							insert into feedback (service_user_id, team_id, listened_to, support_when_needed, respected, helping,
							  given_on, account_id)
							values (?, ?, 3, 3, 3, 3, ?, ?)
							""")
				.params(cityPerson, cityTeam, LocalDate.now(LONDON).minusDays(1), anyone)
				.update();

			LocalDate since = LocalDate.now(LONDON).minusDays(FeedbackNotices.RECENT_FEEDBACK_DAYS);
			for (String[] manager : new String[][] { { "manager", "North Housing First" },
					{ "citymanager", "City Floating Support" } }) {
				long open = jdbc.sql("""
						select count(*) from keyworker_request r join team t on t.id = r.team_id
						where t.name = ? and r.status = 'OPEN'
						""").param(manager[1]).query(Long.class).single();
				long recent = jdbc.sql("""
						select count(*) from feedback f join team t on t.id = f.team_id
						where t.name = ? and f.given_on >= ?
						""").params(manager[1], since).query(Long.class).single();
				assertThat(open).isPositive();
				assertThat(recent).isPositive();
				String page = mvc.perform(get("/team").with(users.as(manager[0])))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString();
				assertThat(page).as(manager[0])
					.contains("href=\"/team/keyworker-requests\">" + (open == 1 ? "1 request" : open + " requests")
							+ " for a different keyworker to answer</a>")
					.contains("href=\"/team/feedback\">" + (recent == 1 ? "1 piece" : recent + " pieces")
							+ " of feedback on how support is going in the last 30 days</a>");
			}
		}

	}

	/** The person's feedback form, rated 5, 4, 5, 4, with an optional comment. */
	private ResultActions giveFeedback(String username, String comment) throws Exception {
		var request = post("/my-support/feedback").with(csrf())
			.with(users.as(username))
			.param("listenedTo", "5")
			.param("supportWhenNeeded", "4")
			.param("respected", "5")
			.param("helping", "4");
		if (comment != null) {
			request.param("comment", comment);
		}
		return mvc.perform(request);
	}

	private ResultActions askForAnotherKeyworker(String username, String reason) throws Exception {
		return mvc.perform(
				post("/my-support/keyworker-request").with(csrf()).with(users.as(username)).param("reason", reason));
	}

}
