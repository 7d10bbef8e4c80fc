package org.keywork.serviceusers;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KeyworkTest
class ServiceUserCreationTests extends ServiceUserControllerTestBase {

	@Test
	void workerCreatesAPersonAndFindsThemInTheList() throws Exception {
		String name = uniqueName("Rowan Test");
		MvcResult created = mvc.perform(create(name, "1990-05-01").with(users.as("worker")))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/service-users/*"))
			.andReturn();
		String location = created.getResponse().getRedirectedUrl();
		mvc.perform(get(location).with(users.as("worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("KW-")))
			.andExpect(content().string(containsString("Sam Okafor")));
		mvc.perform(get("/service-users").param("q", name.substring(0, 14)).with(users.as("worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)));
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(jdbc.sql("select count(*) from keyworker_assignment where service_user_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void invalidInputIsShownAgainWithErrorsLinkedToFields() throws Exception {
		mvc.perform(post("/service-users").with(csrf())
			.with(users.as("worker"))
			.param("legalName", "")
			.param("preferredName", "Kept Preferred")
			.param("email", "not-an-email")
			.param("dateOfBirth", "2999-01-01")
			.param("teamId", String.valueOf(north))
			.param("status", "MOVED_ON"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("href=\"#legalName\"")))
			.andExpect(content().string(containsString("href=\"#email\"")))
			.andExpect(content().string(containsString("href=\"#dateOfBirth\"")))
			.andExpect(content().string(containsString("href=\"#moveOnReason\"")))
			.andExpect(content().string(containsString("Enter the person&#39;s legal name")))
			.andExpect(content().string(containsString("value=\"Kept Preferred\"")))
			.andExpect(content().string(containsString("value=\"not-an-email\"")));
	}

	@Test
	void datesThatAreNotRealSayWhichDate() throws Exception {
		mvc.perform(post("/service-users").with(csrf())
			.with(users.as("worker"))
			.param("legalName", uniqueName("Date Words"))
			.param("dateOfBirth", "1990-02-31")
			.param("supportStart", "soon")
			.param("teamId", String.valueOf(north))
			.param("status", "REFERRED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a real date of birth")))
			.andExpect(content().string(containsString("Enter a real date for when support started")));
	}

	@Test
	void aMatchingNameAndDateOfBirthWarnsAndOffersTheExistingRecord() throws Exception {
		String name = uniqueName("Alex Duplicate");
		mvc.perform(create(name, "1980-02-02").with(users.as("worker"))).andExpect(status().isFound());
		mvc.perform(create(name.toUpperCase(), "1980-02-02").with(users.as("worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("already has a record")))
			.andExpect(content().string(containsString("Open the record for " + name)));
		mvc.perform(create(name, "1980-02-02").param("notADuplicate", "true").with(users.as("worker")))
			.andExpect(status().isFound());
		assertThat(jdbc.sql("select count(*) from service_user where lower(legal_name) = lower(?)")
			.param(name)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aWorkerCannotCreateInAnotherTeam() throws Exception {
		String name = uniqueName("Other Team");
		mvc.perform(post("/service-users").with(csrf())
			.with(users.as("worker"))
			.param("legalName", name)
			.param("teamId", String.valueOf(city))
			.param("status", "REFERRED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose one of your own teams")));
		assertThat(countNamed(name)).isZero();
	}

}
