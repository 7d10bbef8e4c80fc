package org.keywork.housing;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.web.Dates;
import org.keywork.PortalPeople;
import org.keywork.TestClock;
import org.keywork.TestPeople;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The accommodation history as staff, the person and a peer meet it: adding and changing
 * episodes (validation, optimistic locking), the person's page, the timeline, the portal,
 * and who sees what (a withheld episode never reaches the person; peers see none).
 */
@KeyworkTest
class AccommodationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	TestClock clock;

	@Nested
	class AWorker {

		@Test
		void addsEpisodesThatShowNewestFirstOnTheListThePersonPageAndTheTimeline() throws Exception {
			long person = TestPeople.named(TestPeople.uniqueName("Housing Person")).save(mvc, users, jdbc);
			mvc.perform(add(person, "HOSTEL", "4 Canal Street", "2025-01-10", "2025-08-01", "Got a flat", false))
				.andExpect(status().is3xxRedirection());
			mvc.perform(add(person, "HOUSING_FIRST_TENANCY", "Flat 3, Orchard Road", "2025-08-01", "", "", false))
				.andExpect(status().is3xxRedirection());

			String list = page("/service-users/" + person + "/accommodation", "worker");
			assertThat(list).contains("Housing First tenancy", "Flat 3, Orchard Road", "Since 1 August 2025", "Hostel",
					"4 Canal Street", "Got a flat");
			assertThat(list.indexOf("Flat 3, Orchard Road")).isLessThan(list.indexOf("4 Canal Street"));

			String personPage = page("/service-users/" + person, "worker");
			assertThat(personPage).contains("id=\"housing\"", "Flat 3, Orchard Road",
					"Accommodation history (2 recorded)");
			String timeline = page("/service-users/" + person + "?kind=housing", "worker");
			assertThat(timeline).contains("Moved in: Housing First tenancy", "Moved in: Hostel", "Left: Hostel",
					"Got a flat");
		}

		@Test
		void isToldWhatIsWrongAndKeepsWhatWasTyped() throws Exception {
			long person = TestPeople.named(TestPeople.uniqueName("Housing Wrong")).save(mvc, users, jdbc);
			String wrong = mvc
				.perform(add(person, "HOSTEL", "Typed address kept", "2025-05-10", "2025-05-01", "", false))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(wrong).contains("govuk-error-summary",
					"The date they left cannot be before the date they moved in", "value=\"Typed address kept\"");
			String notEnded = mvc.perform(add(person, "", "", "", "", "Evicted", false))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(notEnded).contains("Choose the form of accommodation", "Enter the date they moved in",
					"Enter the date they left, or leave why they left empty");
			String noReason = mvc
				.perform(add(person, "OTHER", "A refuge", "2025-05-01", "", "", false).param("withheld", "true"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(noReason).contains("govuk-error-summary", "value=\"A refuge\"");
			assertThat(count(person)).isZero();
		}

		@Test
		void aMoveStillToComeIsNotRecordedAsWhereThePersonLivesNow(@Autowired Dates dates) throws Exception {
			long person = TestPeople.named(TestPeople.uniqueName("Housing Future")).save(mvc, users, jdbc);
			String tomorrow = dates.today().plusDays(1).toString();
			String future = mvc.perform(add(person, "HOSTEL", "Planned hostel", tomorrow, "", "", false))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(future).contains("the date they moved in cannot be in the future", "href=\"#startedOn\"",
					"value=\"Planned hostel\"");
			String leavingLater = mvc
				.perform(add(person, "HOSTEL", "Current hostel", "2025-05-01", tomorrow, "Moving on", false))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(leavingLater).contains("the date they left cannot be in the future", "href=\"#endedOn\"");
			assertThat(count(person)).isZero();
			mvc.perform(add(person, "HOSTEL", "Current hostel", dates.today().toString(), "", "", false))
				.andExpect(status().is3xxRedirection());
			assertThat(count(person)).isEqualTo(1);
		}

		@Test
		void changesAnEpisodeAndAStaleChangeIsRefusedKeepingWhatWasTyped() throws Exception {
			long person = TestPeople.named(TestPeople.uniqueName("Housing Stale")).save(mvc, users, jdbc);
			mvc.perform(add(person, "HOSTEL", "Old Hostel", "2025-01-10", "", "", false))
				.andExpect(status().is3xxRedirection());
			long episode = episodeId(person);
			assertThat(page("/service-users/" + person + "/accommodation/" + episode + "/edit", "worker"))
				.contains("value=\"Old Hostel\"");
			mvc.perform(change(person, episode, 0, "2025-06-01", "Moved on")).andExpect(status().is3xxRedirection());
			String stale = mvc.perform(change(person, episode, 0, "2025-07-01", "Typed in the stale form"))
				.andExpect(status().isConflict())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(stale).contains("Someone else changed this", "Typed in the stale form");
			assertThat(jdbc.sql("select reason_for_leaving from accommodation_episode where id = ?")
				.param(episode)
				.query(String.class)
				.single()).isEqualTo("Moved on");
		}

	}

	@Nested
	class ATenancy {

		@Test
		void isRecordedWithMoneyAsTypedAndIsSustainedAtSixMonthsOnTheClock() throws Exception {
			long person = TestPeople.named(TestPeople.uniqueName("Housing Tenancy")).save(mvc, users, jdbc);
			LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
			// the latest start whose six months are not yet up (month ends clamp: 31 May
			// + 6
			// months is 30 November), and the days until they are
			LocalDate start = today.minusMonths(6);
			while (!start.plusMonths(6).isAfter(today)) {
				start = start.plusDays(1);
			}
			long untilSixMonths = ChronoUnit.DAYS.between(today, start.plusMonths(6));
			mvc.perform(add(person, "HOUSING_FIRST_TENANCY", "Flat 9", start.toString(), "", "", false))
				.andExpect(status().is3xxRedirection());
			long episode = episodeId(person);
			long landlord = jdbc.sql("select min(id) from landlord where active").query(Long.class).single();

			String wrong = mvc.perform(tenancy(person, episode, landlord, start, "95.555"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(wrong).contains("govuk-error-summary", "Enter the rent as an amount like 95.50",
					"value=\"95.555\"");
			mvc.perform(tenancy(person, episode, landlord, start, "96.50")).andExpect(status().is3xxRedirection());
			assertThat(jdbc.sql("select rent_amount from tenancy where episode_id = ?")
				.param(episode)
				.query(BigDecimal.class)
				.single()).isEqualByComparingTo("96.50");

			String list = page("/service-users/" + person + "/accommodation", "worker");
			assertThat(list).contains("£96.50 every week", "data-sustained=\"6-DUE\"", "data-sustained=\"12-DUE\"",
					"No automated payment set up yet");
			try (TestClock.Moved moved = clock.movedBy(Duration.ofDays(untilSixMonths))) {
				assertThat(page("/service-users/" + person, "worker")).contains("data-sustained=\"6-SUSTAINED\"",
						"data-sustained=\"12-DUE\"");
			}
			// a stale change of the tenancy is refused
			mvc.perform(tenancy(person, episode, landlord, start, "100.00").param("version", "0"))
				.andExpect(status().is3xxRedirection());
			mvc.perform(tenancy(person, episode, landlord, start, "110.00").param("version", "0"))
				.andExpect(status().isConflict());
			// a hostel has no tenancy
			mvc.perform(add(person, "HOSTEL", "A hostel", "2020-01-01", "2020-02-01", "", false))
				.andExpect(status().is3xxRedirection());
			mvc.perform(get("/service-users/{id}/accommodation/{e}/tenancy", person, episodeId(person))
				.with(users.as("worker"))).andExpect(status().isNotFound());
		}

		@Test
		void isNoLongerTheCurrentRentWhenItsEpisodeIsChangedToAFormWithoutATenancy(@Autowired CurrentRent rents)
				throws Exception {
			long person = TestPeople.named(TestPeople.uniqueName("Housing Changed")).save(mvc, users, jdbc);
			LocalDate start = LocalDate.now(clock.withZone(ZoneId.of("Europe/London"))).minusMonths(2);
			mvc.perform(add(person, "SOCIAL_RENTED", "Flat 12", start.toString(), "", "", false))
				.andExpect(status().is3xxRedirection());
			long episode = episodeId(person);
			long landlord = jdbc.sql("select min(id) from landlord where active").query(Long.class).single();
			mvc.perform(tenancy(person, episode, landlord, start, "80.00")).andExpect(status().is3xxRedirection());
			assertThat(rents.forPeople(java.util.List.of(person)).get(person).weekly()).isEqualByComparingTo("80.00");

			mvc.perform(post("/service-users/{id}/accommodation/{e}", person, episode).with(csrf())
				.with(users.as("worker"))
				.param("kind", "HOSTEL")
				.param("address", "Flat 12")
				.param("startedOn", start.toString())
				.param("version", "0")).andExpect(status().is3xxRedirection());
			assertThat(rents.forPeople(java.util.List.of(person))).isEmpty();
			assertThat(page("/service-users/" + person + "/accommodation", "worker")).doesNotContain("£80.00");
		}

		private MockHttpServletRequestBuilder tenancy(long person, long episode, long landlord, LocalDate start,
				String rent) {
			return post("/service-users/{id}/accommodation/{e}/tenancy", person, episode).with(csrf())
				.with(users.as("worker"))
				.param("landlordId", String.valueOf(landlord))
				.param("type", "ASSURED_SHORTHOLD")
				.param("startedOn", start.toString())
				.param("rentAmount", rent)
				.param("rentFrequency", "WEEKLY")
				.param("whoPays", "UNIVERSAL_CREDIT_DIRECT");
		}

	}

	@Nested
	class WhoSeesWhat {

		@Test
		void thePersonSeesSharedEpisodesOnlyAndNeverAWithheldAddress() throws Exception {
			long person = PortalPeople.withAccount(mvc, users, jdbc, encoder, "Housing Portal");
			String me = PortalPeople.username(person);
			mvc.perform(add(person, "FAMILY_OR_FRIENDS", "Flat above the bakery", "2025-01-01", "2025-03-01",
					"Not safe", false))
				.andExpect(status().is3xxRedirection());
			mvc.perform(add(person, "OTHER", "Secret refuge address", "2025-03-01", "", "", true))
				.andExpect(status().is3xxRedirection());

			String home = page("/my-support/home", me);
			assertThat(home).contains("Your home", "Flat above the bakery", "Not safe").doesNotContain("Secret refuge");
			assertThat(page("/my-support", me)).contains("/my-support/home");
			// staff see it, marked as not shared
			assertThat(page("/service-users/" + person + "/accommodation", "worker")).contains("Secret refuge address",
					"Not shared");
		}

		@Test
		void peersOtherTeamsAndOtherPeopleAreRefused() throws Exception {
			long person = TestPeople.named(TestPeople.uniqueName("Housing Reach")).save(mvc, users, jdbc);
			mvc.perform(add(person, "HOSTEL", "Peer never sees this", "2025-01-10", "", "", false))
				.andExpect(status().is3xxRedirection());
			long episode = episodeId(person);
			TestPeople.peer("peer").linkedTo(person).scope("OVERVIEW").save(mvc, users, jdbc);

			mvc.perform(get("/service-users/{id}/accommodation", person).with(users.as("peer")))
				.andExpect(status().isForbidden());
			assertThat(page("/service-users/" + person, "peer")).doesNotContain("Peer never sees this",
					"id=\"housing\"");
			mvc.perform(get("/service-users/{id}/accommodation", person).with(users.as("worker2")))
				.andExpect(status().isNotFound());
			mvc.perform(get("/service-users/{id}/accommodation/{e}/edit", person, episode).with(users.as("worker2")))
				.andExpect(status().isNotFound());
			// an episode of someone else is not found under this person
			long other = TestPeople.named(TestPeople.uniqueName("Housing Other")).save(mvc, users, jdbc);
			mvc.perform(get("/service-users/{id}/accommodation/{e}/edit", other, episode).with(users.as("worker")))
				.andExpect(status().isNotFound());
			mvc.perform(change(other, episode, 0, "2025-06-01", "Moved on")).andExpect(status().isNotFound());
			assertThat(jdbc.sql("select ended_on is null from accommodation_episode where id = ?")
				.param(episode)
				.query(Boolean.class)
				.single()).isTrue();
		}

	}

	private MockHttpServletRequestBuilder add(long person, String kind, String address, String started, String ended,
			String reason, boolean withheld) {
		MockHttpServletRequestBuilder request = post("/service-users/{id}/accommodation", person).with(csrf())
			.with(users.as("worker"))
			.param("kind", kind)
			.param("address", address)
			.param("startedOn", started)
			.param("endedOn", ended)
			.param("reasonForLeaving", reason);
		if (withheld) {
			request.param("withheld", "true").param("withheldReason", "SERIOUS_HARM");
		}
		return request;
	}

	private MockHttpServletRequestBuilder change(long person, long episode, long version, String ended, String reason) {
		return post("/service-users/{id}/accommodation/{e}", person, episode).with(csrf())
			.with(users.as("worker"))
			.param("kind", "HOSTEL")
			.param("address", "Old Hostel")
			.param("startedOn", "2025-01-10")
			.param("endedOn", ended)
			.param("reasonForLeaving", reason)
			.param("version", String.valueOf(version));
	}

	private long episodeId(long person) {
		return jdbc.sql("select max(id) from accommodation_episode where service_user_id = ?")
			.param(person)
			.query(Long.class)
			.single();
	}

	private long count(long person) {
		return jdbc.sql("select count(*) from accommodation_episode where service_user_id = ?")
			.param(person)
			.query(Long.class)
			.single();
	}

	private String page(String path, String username) throws Exception {
		return mvc.perform(get(path).with(users.as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
