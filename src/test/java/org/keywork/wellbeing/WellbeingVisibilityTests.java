package org.keywork.wellbeing;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.PortalPeople;
import org.keywork.TestPeople;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who sees which wellbeing readings (ADR 012): withheld readings, peers, other teams.
 */
@KeyworkTest
class WellbeingVisibilityTests extends WellbeingTestBase {

	long shared;

	long withheld;

	@BeforeEach
	void aSharedAndAWithheldReading() {
		shared = reading(person, 22, dates.today().minusDays(30), false);
		withheld = reading(person, 12, dates.today().minusDays(10), true);
	}

	@Test
	void staffSeeEveryReadingWithTheReasonForWithholding() throws Exception {
		mvc.perform(get("/service-users/{id}/wellbeing", person).with(users.as("jordan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("wellbeing-reading-" + shared + "\"")))
			.andExpect(content().string(containsString("wellbeing-reading-" + withheld + "\"")))
			.andExpect(content().string(containsString("Withheld wellbeing detail " + person)));
		mvc.perform(get("/service-users/{id}", person).param("kind", "OUTCOME").with(users.as("worker")))
			.andExpect(content().string(containsString("#wellbeing-reading-" + withheld)))
			.andExpect(content().string(containsString("#wellbeing-reading-" + shared)));
	}

	@Test
	void anotherTeamsWorkerFindsNothing() throws Exception {
		mvc.perform(get("/service-users/{id}/wellbeing", person).with(users.as("worker2")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/service-users/{id}/wellbeing/new", person).with(users.as("worker2")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aPeerWithoutTheOverviewInTheirLinkSeesNothingOfWellbeing() throws Exception {
		TestPeople.peer("peer").linkedTo(person).scope("NOTES").save(mvc, users, jdbc);
		mvc.perform(get("/service-users/{id}/wellbeing", person).with(users.as("peer")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/service-users/{id}", person).with(users.as("peer")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"wellbeing\""))))
			.andExpect(content().string(not(containsString("wellbeing-reading-"))));
		mvc.perform(get("/service-users/{id}", person).param("kind", "OUTCOME").with(users.as("peer")))
			.andExpect(content().string(not(containsString("wellbeing-reading-"))));
	}

	@Test
	void aPeerWithTheOverviewInTheirLinkSeesSharedReadingsOnly() throws Exception {
		TestPeople.peer("peer").linkedTo(person).scope("OVERVIEW").save(mvc, users, jdbc);
		mvc.perform(get("/service-users/{id}/wellbeing", person).with(users.as("peer")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("wellbeing-reading-" + shared + "\"")))
			.andExpect(content().string(not(containsString("wellbeing-reading-" + withheld + "\""))))
			.andExpect(content().string(not(containsString("Withheld wellbeing detail"))))
			.andExpect(content().string(not(containsString("14.08"))));
		mvc.perform(get("/service-users/{id}", person).with(users.as("peer")))
			.andExpect(content().string(containsString("id=\"wellbeing\"")))
			.andExpect(content().string(containsString("Latest score 19.98")))
			.andExpect(content().string(containsString("#wellbeing-reading-" + shared)))
			.andExpect(content().string(not(containsString("#wellbeing-reading-" + withheld))));
	}

	@Test
	void thePersonNeverSeesAWithheldReading() throws Exception {
		long own = PortalPeople.withAccount(mvc, users, jdbc, encoder, "Wellbeing Portal");
		long sharedOwn = reading(own, 19, dates.today().minusDays(60), false);
		long withheldOwn = reading(own, 12, dates.today().minusDays(20), true);
		long laterOwn = reading(own, 26, dates.today().minusDays(5), false);
		mvc.perform(get("/my-support/wellbeing").with(users.as(PortalPeople.username(own))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("wellbeing-reading-" + sharedOwn + "\"")))
			.andExpect(content().string(containsString("wellbeing-reading-" + laterOwn + "\"")))
			.andExpect(content().string(not(containsString("wellbeing-reading-" + withheldOwn + "\""))))
			.andExpect(content().string(not(containsString("14.08"))))
			.andExpect(content().string(not(containsString("Withheld wellbeing detail"))))
			.andExpect(content().string(containsString("Your score went from 17.98 to 23.21.")));
	}

}
