package org.keywork.outcomes;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestClock;
import org.keywork.TestPeople;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Recording, reading and correcting star readings as staff, peers and outsiders do: the
 * form keeps what was typed when something is wrong; two readings draw two polygons and
 * the distance travelled; a correction after the day keeps the earlier version; a stale
 * correction is explained; the visibility rule holds for peers and other teams.
 */
@KeyworkTest
class StarReadingsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	List<Long> areas() {
		return this.jdbc.sql("""
				select a.id from star_area a join star_measure m on m.id = a.measure_id where m.is_default
				order by a.position""").query(Long.class).list();
	}

	long person(String name) throws Exception {
		return TestPeople.named(TestPeople.uniqueName(name)).save(this.mvc, this.users, this.jdbc);
	}

	MockHttpServletRequestBuilder reading(String path, String as, LocalDate on, int... scores) {
		MockHttpServletRequestBuilder request = post(path).with(csrf())
			.with(this.users.as(as))
			.param("takenOn", on.toString());
		List<Long> areas = areas();
		for (int i = 0; i < areas.size(); i++) {
			request.param("areas[" + i + "].areaId", String.valueOf(areas.get(i)))
				.param("areas[" + i + "].score", String.valueOf(scores[i]));
		}
		return request;
	}

	long record(long person, LocalDate on, int... scores) throws Exception {
		String location = this.mvc.perform(reading("/service-users/" + person + "/outcomes", "worker", on, scores))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	String page(String path, String as) throws Exception {
		return this.mvc.perform(get(path).with(this.users.as(as)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void aReadingWithAMissingOrWrongScoreIsShownAgainWithEverythingTypedAndTheProblemsNamed() throws Exception {
		long person = person("Star Validation");
		MockHttpServletRequestBuilder request = post("/service-users/" + person + "/outcomes").with(csrf())
			.with(this.users.as("worker"))
			.param("takenOn", LocalDate.now().toString());
		List<Long> areas = areas();
		for (int i = 0; i < areas.size(); i++) {
			request.param("areas[" + i + "].areaId", String.valueOf(areas.get(i)))
				.param("areas[" + i + "].score", i == 0 ? "11" : (i == 1 ? "" : "5"));
		}
		request.param("areas[2].note", "Sees the GP every month now").param("areas[3].ownScore", "abc");
		String page = this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("There is a problem")
			.contains("Enter a whole number from 1 to 10 for Accommodation and tenancy")
			.contains("Enter a score from 1 to 10 for Money and benefits")
			.contains("Enter the person&#39;s own score for Emotional and mental health")
			.contains("value=\"11\"", "value=\"abc\"", "Sees the GP every month now")
			.contains("href=\"#areas[0]-score\"", "id=\"areas[0]-score\"");
		assertThat(this.jdbc.sql("select count(*) from star_reading where service_user_id = ?")
			.param(person)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void twoReadingsDrawTwoPolygonsAndTheTableShowsTheDistanceTravelled() throws Exception {
		long person = person("Star Two");
		record(person, LocalDate.now().minusDays(90), 2, 3, 4, 5, 6, 7, 8, 9, 9, 9);
		record(person, LocalDate.now(), 5, 3, 4, 5, 6, 7, 8, 9, 9, 7);
		String page = page("/service-users/" + person + "/outcomes", "worker");
		assertThat(page.split("class=\"kw-star__polygon\"", -1)).hasSize(3);
		assertThat(page).contains("role=\"img\"", "<title id=\"star-chart-title\"", "<desc id=\"star-chart-desc\"");
		assertThat(page).contains(">+3<", ">-2<", "Distance travelled");
		// the person page section links to the star
		assertThat(page("/service-users/" + person, "worker")).contains("id=\"outcomes\"")
			.contains("/service-users/" + person + "/outcomes?measure=");
	}

	@Test
	void comparingAReadingOfAnotherPersonIsNotFound() throws Exception {
		long person = person("Star Compare");
		long other = person("Star Compare Other");
		long mine = record(person, LocalDate.now(), 5, 5, 5, 5, 5, 5, 5, 5, 5, 5);
		long theirs = record(other, LocalDate.now(), 5, 5, 5, 5, 5, 5, 5, 5, 5, 5);
		this.mvc
			.perform(get("/service-users/{id}/outcomes", person).param("from", String.valueOf(theirs))
				.param("to", String.valueOf(mine))
				.with(this.users.as("worker")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/service-users/{id}/outcomes/{r}", person, theirs).with(this.users.as("worker")))
			.andExpect(status().isNotFound());
	}

	@Test
	void anotherTeamsWorkerGetsNotFoundAndCannotRecord() throws Exception {
		long person = person("Star Other Team");
		long reading = record(person, LocalDate.now(), 5, 5, 5, 5, 5, 5, 5, 5, 5, 5);
		this.mvc.perform(get("/service-users/{id}/outcomes", person).with(this.users.as("worker2")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/service-users/{id}/outcomes/{r}", person, reading).with(this.users.as("worker2")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(reading("/service-users/" + person + "/outcomes", "worker2", LocalDate.now(), 1, 1, 1, 1, 1, 1, 1,
					1, 1, 1))
			.andExpect(status().isNotFound());
	}

	@Test
	void aPeerWithOverviewScopeSeesSharedReadingsButNeverAWithheldOneAndANarrowerPeerSeesNone() throws Exception {
		long person = person("Star Peer");
		this.mvc
			.perform(reading("/service-users/" + person + "/outcomes", "worker", LocalDate.now().minusDays(30), 4, 4, 4,
					4, 4, 4, 4, 4, 4, 4)
				.param("areas[0].note", "SHARED-NOTE-FOR-PEER"))
			.andExpect(status().isFound());
		this.mvc
			.perform(reading("/service-users/" + person + "/outcomes", "worker", LocalDate.now(), 6, 6, 6, 6, 6, 6, 6,
					6, 6, 6)
				.param("areas[0].note", "WITHHELD-NOTE-NOT-FOR-PEER")
				.param("withheld", "true")
				.param("withheldReason", "THIRD_PARTY"))
			.andExpect(status().isFound());
		// staff see both, the withheld one marked
		String staff = page("/service-users/" + person + "/outcomes", "jordan");
		assertThat(staff).contains("WITHHELD-NOTE-NOT-FOR-PEER", "Not shared");
		TestPeople.peer("peer").linkedTo(person).scope("NOTES").save(this.mvc, this.users, this.jdbc);
		this.mvc.perform(get("/service-users/{id}/outcomes", person).with(this.users.as("peer")))
			.andExpect(status().isNotFound());
		assertThat(page("/service-users/" + person, "peer")).doesNotContain("id=\"outcomes\"");
		this.jdbc.sql("update peer_link set scope = 'OVERVIEW' where service_user_id = ?").param(person).update();
		String peer = page("/service-users/" + person + "/outcomes", "peer");
		assertThat(peer).contains("SHARED-NOTE-FOR-PEER").doesNotContain("WITHHELD-NOTE-NOT-FOR-PEER");
		assertThat(peer.split("class=\"kw-star__polygon\"", -1)).hasSize(2);
		assertThat(page("/service-users/" + person + "?kind=OUTCOME", "peer").split("data-kind=\"OUTCOME\"", -1))
			.hasSize(2);
		assertThat(page("/service-users/" + person + "?kind=OUTCOME", "worker").split("data-kind=\"OUTCOME\"", -1))
			.hasSize(3);
	}

	@Test
	void aCorrectionAfterTheDayIsANewVersionAndTheEarlierOneIsKeptForStaff() throws Exception {
		long person = person("Star Correct");
		long reading = record(person, LocalDate.now(), 3, 3, 3, 3, 3, 3, 3, 3, 3, 3);
		// on the day, the recorder corrects in place: no version is kept
		this.mvc
			.perform(reading("/service-users/" + person + "/outcomes/" + reading + "/correct", "worker",
					LocalDate.now(), 4, 3, 3, 3, 3, 3, 3, 3, 3, 3)
				.param("version", "0"))
			.andExpect(status().isFound());
		assertThat(versions(reading)).isZero();
		try (TestClock.Moved moved = this.clock.movedBy(Duration.ofDays(3))) {
			// a reason is needed now
			this.mvc
				.perform(reading("/service-users/" + person + "/outcomes/" + reading + "/correct", "worker",
						LocalDate.now(), 9, 3, 3, 3, 3, 3, 3, 3, 3, 3)
					.param("version", "1"))
				.andExpect(status().isOk());
			this.mvc
				.perform(reading("/service-users/" + person + "/outcomes/" + reading + "/correct", "worker",
						LocalDate.now(), 9, 3, 3, 3, 3, 3, 3, 3, 3, 3)
					.param("version", "1")
					.param("correctionReason", "Typed 4 for 9"))
				.andExpect(status().isFound());
		}
		assertThat(versions(reading)).isOne();
		String page = page("/service-users/" + person + "/outcomes/" + reading, "jordan");
		assertThat(page).contains("Corrected", "Typed 4 for 9", "Earlier versions", "Accommodation and tenancy: 4");
	}

	@Test
	void aStaleCorrectionIsExplainedAndNothingIsOverwritten() throws Exception {
		long person = person("Star Stale");
		long reading = record(person, LocalDate.now(), 3, 3, 3, 3, 3, 3, 3, 3, 3, 3);
		this.mvc
			.perform(reading("/service-users/" + person + "/outcomes/" + reading + "/correct", "worker",
					LocalDate.now(), 4, 3, 3, 3, 3, 3, 3, 3, 3, 3)
				.param("version", "0"))
			.andExpect(status().isFound());
		String page = this.mvc
			.perform(reading("/service-users/" + person + "/outcomes/" + reading + "/correct", "worker",
					LocalDate.now(), 7, 3, 3, 3, 3, 3, 3, 3, 3, 3)
				.param("version", "0"))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Someone changed this reading since you opened it", "value=\"7\"");
		assertThat(this.jdbc.sql("""
				select s.score from star_score s join star_area a on a.id = s.area_id
				where s.reading_id = ? order by a.position limit 1""").param(reading).query(Integer.class).single())
			.isEqualTo(4);
		assertThat(page("/service-users/" + person + "/outcomes/" + reading, "worker")).contains("Recorded by");
	}

	private long versions(long reading) {
		return this.jdbc.sql("select count(*) from star_reading_version where reading_id = ?")
			.param(reading)
			.query(Long.class)
			.single();
	}

}
