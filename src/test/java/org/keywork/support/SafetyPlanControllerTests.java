package org.keywork.support;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KeyworkTest
class SafetyPlanControllerTests {

	private static final String BANNER = "Staff safety: read before visiting";

	private static final String GENERIC = "There is a staff safety concern: speak to the keyworker before visiting";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	SupportTestSupport support;

	@BeforeEach
	void setUp() {
		this.support = new SupportTestSupport(mvc, users, jdbc);
	}

	@Test
	void aStaffSafetyFactorWarnsStaffAndTheLinkedPeerOnEveryPageOfThePerson() throws Exception {
		long id = support.person(SupportTestSupport.unique("Safety Banner"));
		support.start(id, "safety-plan");
		mvc.perform(get("/service-users/" + id).with(users.as("worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(BANNER))));
		mvc.perform(factor(id, "STAFF_SAFETY", "A large dog lives at the flat: ask for it to be in another room")
			.with(users.as("worker")))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/service-users/" + id + "/safety-plan"));

		for (String who : new String[] { "worker", "manager" }) {
			mvc.perform(get("/service-users/" + id).with(users.as(who)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(BANNER)))
				.andExpect(content().string(containsString("A large dog lives at the flat")));
		}
		mvc.perform(get("/service-users/" + id + "/support-overview").with(users.as("worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A large dog lives at the flat")));

		mvc.perform(get("/service-users/" + id).with(users.as("peer"))).andExpect(status().isNotFound());
		support.linkPeer(id);
		mvc.perform(get("/service-users/" + id).with(users.as("peer")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(BANNER)))
			.andExpect(content().string(containsString("A large dog lives at the flat")));
		mvc.perform(get("/service-users/" + id).with(users.as("worker2")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("A large dog"))));
	}

	@Test
	void aWithheldFactorIsMarkedForStaffAndAbsentForThePeer() throws Exception {
		long id = support.person(SupportTestSupport.unique("Safety Withheld"));
		support.start(id, "safety-plan");
		support.linkPeer(id);
		mvc.perform(factor(id, "EXPLOITATION", "A named relative has been taking money on benefit day")
			.param("withheld", "true")
			.param("withheldReason", "THIRD_PARTY")
			.with(users.as("worker"))).andExpect(status().isFound());
		mvc.perform(
				factor(id, "STAFF_SAFETY", "Visitor at the flat has threatened staff before").param("withheld", "true")
					.param("withheldReason", "STAFF_SAFETY")
					.with(users.as("worker")))
			.andExpect(status().isFound());
		mvc.perform(factor(id, "OWN_HEALTH", "Forgets insulin when stressed").with(users.as("worker")))
			.andExpect(status().isFound());

		mvc.perform(get("/service-users/" + id + "/safety-plan").with(users.as("worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A named relative has been taking money")))
			.andExpect(content()
				.string(containsString("Withheld from the person: Information about someone else (third party)")))
			.andExpect(content().string(containsString("Visitor at the flat has threatened staff before")))
			.andExpect(content().string(containsString("Forgets insulin when stressed")));
		// a peer never opens the Safety & Wellbeing Plan; the staff-safety warning
		// reaches them as a banner only
		mvc.perform(get("/service-users/" + id + "/safety-plan").with(users.as("peer")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("A named relative"))));
		mvc.perform(get("/service-users/" + id).with(users.as("peer")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Forgets insulin when stressed"))))
			.andExpect(content().string(not(containsString("A named relative"))))
			.andExpect(content().string(not(containsString("threatened staff"))))
			.andExpect(content().string(not(containsString("Withheld from the person"))))
			.andExpect(content().string(containsString(GENERIC)));
	}

	@Test
	void withholdingNeedsAReasonAndOtherNeedsWords() throws Exception {
		long id = support.person(SupportTestSupport.unique("Safety Reason"));
		support.start(id, "safety-plan");
		long version = support.version(id, "SAFETY_PLAN");
		mvc.perform(get("/service-users/" + id + "/safety-plan/factors/new").with(users.as("worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Add a factor")))
			.andExpect(content().string(containsString("Staff safety / lone working")))
			.andExpect(content().string(containsString("Information about someone else (third party)")));
		mvc.perform(get("/service-users/" + id + "/safety-plan/crisis-contacts").with(users.as("worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Crisis contacts")));
		mvc.perform(factor(id, "OWN_HEALTH", "Kept description").param("withheld", "true").with(users.as("worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#withheldReason\"")))
			.andExpect(content().string(containsString("Choose why it is not shared with the person")))
			.andExpect(content().string(containsString("Kept description")));
		mvc.perform(factor(id, "OWN_HEALTH", "Kept description").param("withheld", "true")
			.param("withheldReason", "OTHER")
			.with(users.as("worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Say why it is not shared with the person")));
		assertThat(support.version(id, "SAFETY_PLAN")).isEqualTo(version);
		assertThat(support.content(id, "SAFETY_PLAN")).doesNotContain("Kept description");
	}

	@Test
	void changingAFactorAndTheCrisisContactsWithConflictHandling() throws Exception {
		long id = support.person(SupportTestSupport.unique("Safety Change"));
		support.start(id, "safety-plan");
		long opened = support.version(id, "SAFETY_PLAN");
		mvc.perform(factor(id, "SELF_NEGLECT", "Stops eating when low").with(users.as("worker")))
			.andExpect(status().isFound());
		String factorId = jdbc
			.sql("""
					select content -> 'factors' -> 0 ->> 'id' from support_record where service_user_id = ? and kind = 'SAFETY_PLAN'
					""")
			.param(id)
			.query(String.class)
			.single();
		mvc.perform(get("/service-users/" + id + "/safety-plan/factors/" + factorId + "/edit").with(users.as("worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Stops eating when low")));
		mvc.perform(post("/service-users/" + id + "/safety-plan/factors/" + factorId + "/edit").with(csrf())
			.with(users.as("worker"))
			.param("category", "SELF_NEGLECT")
			.param("description", "Stops eating and cooking when feeling low")
			.param("likelihood", "LOW")
			.param("impact", "MEDIUM")
			.param("withheld", "false")
			.param("version", String.valueOf(support.version(id, "SAFETY_PLAN")))).andExpect(status().isFound());
		assertThat(support.content(id, "SAFETY_PLAN")).contains("Stops eating and cooking when feeling low");

		mvc.perform(post("/service-users/" + id + "/safety-plan/crisis-contacts").with(csrf())
			.with(users.as("worker"))
			.param("crisisContacts", "Sister Ana: 07700 900999")
			.param("version", String.valueOf(opened)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Sister Ana: 07700 900999")))
			.andExpect(content().string(containsString("id=\"conflict\"")));
		assertThat(support.content(id, "SAFETY_PLAN")).doesNotContain("Sister Ana");
		mvc.perform(post("/service-users/" + id + "/safety-plan/crisis-contacts").with(csrf())
			.with(users.as("worker"))
			.param("crisisContacts", "Sister Ana: 07700 900999")
			.param("version", String.valueOf(support.version(id, "SAFETY_PLAN")))).andExpect(status().isFound());
		mvc.perform(get("/service-users/" + id + "/safety-plan").with(users.as("worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sister Ana: 07700 900999")))
			.andExpect(content().string(containsString("Stops eating and cooking when feeling low")));
	}

	@Test
	void otherTeamsAdminsAndPeersCannotReadOrChangeThePlan() throws Exception {
		long id = support.person(SupportTestSupport.unique("Safety Access"));
		support.start(id, "safety-plan");
		mvc.perform(factor(id, "OWN_HEALTH", "Private health detail").with(users.as("worker")))
			.andExpect(status().isFound());
		long version = support.version(id, "SAFETY_PLAN");
		support.linkPeer(id);

		mvc.perform(get("/service-users/" + id + "/safety-plan").with(users.as("worker2")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Private health detail"))));
		mvc.perform(get("/service-users/" + id + "/safety-plan/factors/new").with(users.as("worker2")))
			.andExpect(status().isNotFound());
		mvc.perform(factor(id, "OWN_HEALTH", "From another team").with(users.as("worker2")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/service-users/" + id + "/safety-plan").with(users.as("admin")))
			.andExpect(status().isForbidden());
		mvc.perform(factor(id, "OWN_HEALTH", "From the admin").with(users.as("admin")))
			.andExpect(status().isForbidden());
		mvc.perform(factor(id, "OWN_HEALTH", "From the peer").with(users.as("peer"))).andExpect(status().isForbidden());
		mvc.perform(post("/service-users/" + id + "/safety-plan/crisis-contacts").with(csrf())
			.with(users.as("peer"))
			.param("crisisContacts", "From the peer")
			.param("version", String.valueOf(version))).andExpect(status().isForbidden());
		mvc.perform(get("/service-users/" + id + "/safety-plan").with(users.as("peer")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Private health detail"))));
		assertThat(support.version(id, "SAFETY_PLAN")).isEqualTo(version);
	}

	private MockHttpServletRequestBuilder factor(long id, String category, String description) {
		return post("/service-users/" + id + "/safety-plan/factors/new").with(csrf())
			.param("category", category)
			.param("description", description)
			.param("triggers", "Late evenings")
			.param("likelihood", "MEDIUM")
			.param("impact", "HIGH")
			.param("personWillDo", "Text the keyworker")
			.param("staffWillDo", "Visit in pairs")
			.param("version", String.valueOf(support.version(id, "SAFETY_PLAN")));
	}

}
