package org.keywork.movingin;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.PortalPeople;
import org.keywork.TestPeople;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KeyworkTest
class MovingInVisibilityTests extends MovingInTestBase {

	@Test
	void anotherTeamAndAPeerAreNotFoundAndCannotChangeAnything() throws Exception {
		long person = person("Moving Reach");
		start(person);
		long item = itemIds(person).get(0);
		TestPeople.peer("peer").linkedTo(person).scope("NOTES").save(mvc, users, jdbc);
		for (String outsider : List.of("worker2", "citymanager", "peer")) {
			mvc.perform(get("/service-users/{id}/moving-in", person).with(users.as(outsider)))
				.andExpect(status().isNotFound());
			mvc.perform(get("/service-users/{id}/moving-in/items/{i}/edit", person, item).with(users.as(outsider)))
				.andExpect(status().isNotFound());
			mvc.perform(post("/service-users/{id}/moving-in/items/{i}/done", person, item).with(csrf())
				.with(users.as(outsider))
				.param("version", "0")).andExpect(status().isNotFound());
			mvc.perform(post("/service-users/{id}/moving-in", person).with(csrf()).with(users.as(outsider)))
				.andExpect(status().isNotFound());
		}
		assertThat(page("/service-users/" + person, "peer")).doesNotContain("id=\"moving-in\"");
		assertThat(page("/service-users/" + person + "?kind=moving_in", "peer"))
			.doesNotContain("Moving-in checklist started");
		// an item of someone else is not found under this person
		long other = person("Moving Reach Other");
		start(other);
		mvc.perform(post("/service-users/{id}/moving-in/items/{i}/done", other, item).with(csrf())
			.with(users.as("worker"))
			.param("version", "0")).andExpect(status().isNotFound());
		// a forged POST without the CSRF token changes nothing
		mvc.perform(post("/service-users/{id}/moving-in/items/{i}/done", person, item).with(users.as("worker"))
			.param("version", "0"))
			.andExpect(result -> assertThat(String.valueOf(result.getResponse().getRedirectedUrl()))
				.doesNotContain("moving-in"));
		assertThat(jdbc.sql("select count(*) from moving_in_item where id = ? and done_on is not null")
			.param(item)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void thePersonSeesTheirChecklistInThePortalAndMarksTheirOwnItemsDone() throws Exception {
		long person = PortalPeople.withAccount(mvc, users, jdbc, encoder, "Moving Portal");
		String me = PortalPeople.username(person);
		assertThat(page("/my-support", me)).contains("/my-support/moving-in");
		assertThat(page("/my-support/moving-in", me)).contains("Nothing here yet");
		start(person);
		List<Long> items = itemIds(person);
		long mine = items.get(0);
		long notMine = items.get(1);
		mvc.perform(post("/service-users/{id}/moving-in/items/{i}", person, mine).with(csrf())
			.with(users.as("worker"))
			.param("label", "Collect the keys")
			.param("who", "PERSON")
			.param("note", "From the housing office")
			.param("version", "0")).andExpect(status().is3xxRedirection());

		String portal = page("/my-support/moving-in", me);
		assertThat(portal).contains("Moving in", "0 of " + items.size() + " done", "Collect the keys",
				"From the housing office", "I have done this", "Not agreed yet");
		// only their own items may be marked by them
		mvc.perform(post("/my-support/moving-in/items/{i}/done", notMine).with(csrf())
			.with(users.as(me))
			.param("version", "0")).andExpect(status().isNotFound());
		mvc.perform(post("/my-support/moving-in/items/{i}/done", mine).with(csrf())
			.with(users.as(me))
			.param("version", "1")).andExpect(status().is3xxRedirection());
		assertThat(page("/my-support/moving-in", me)).contains("1 of " + items.size() + " done", "by you");
		String name = jdbc.sql("select legal_name from service_user where id = ?")
			.param(person)
			.query(String.class)
			.single();
		assertThat(page("/service-users/" + person + "/moving-in", "worker")).contains("recorded by " + name);
		// an item of someone else is not found from another person's portal
		mvc.perform(post("/my-support/moving-in/items/{i}/done", notMine).with(csrf())
			.with(users.as("serviceuser"))
			.param("version", "0")).andExpect(status().isNotFound());
		// the staff pages are not the person's
		mvc.perform(get("/service-users/{id}/moving-in", person).with(users.as(me))).andExpect(status().isForbidden());
	}

}
