package org.keywork.serviceusers;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KeyworkTest
class ServiceUserPeerTests extends ServiceUserControllerTestBase {

	@Test
	void aLinkWithoutThePersonsAgreementIsRefusedWithTheFormKept() throws Exception {
		long id = createdBy("worker", uniqueName("Peer Consent"));
		mvc.perform(get("/service-users/" + id + "/peers/new").with(users.as("worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The Action Plan only")));
		mvc.perform(post("/service-users/" + id + "/peers").with(csrf())
			.with(users.as("worker"))
			.param("peerId", String.valueOf(accountId("peer")))
			.param("consentGivenOn", LocalDate.now().plusDays(3).toString())
			.param("scope", "OVERVIEW"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Confirm that the person agreed to the link")))
			.andExpect(content().string(containsString("cannot be in the future")))
			.andExpect(content().string(containsString("href=\"#consent\"")))
			.andExpect(result -> {
				String page = result.getResponse().getContentAsString();
				int at = page.indexOf("value=\"OVERVIEW\"");
				String tag = page.substring(page.lastIndexOf('<', at), page.indexOf('>', at));
				assertThat(tag).as("the scope chosen stays chosen").contains("checked");
			});
		assertThat(jdbc.sql("select count(*) from peer_link where service_user_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void workerLinksAPeerWhoCanThenOpenThePersonAndUnlinks() throws Exception {
		long id = createdBy("worker", uniqueName("Peer Link"));
		long peer = accountId("peer");
		mvc.perform(get("/service-users/" + id).with(users.as("peer"))).andExpect(status().isNotFound());
		mvc.perform(get("/service-users/" + id).with(users.as("worker")))
			.andExpect(content().string(containsString("Link a peer support worker")));
		mvc.perform(post("/service-users/" + id + "/peers").with(csrf())
			.with(users.as("worker"))
			.param("peerId", String.valueOf(peer))
			.param("consent", "true")
			.param("consentGivenOn", LocalDate.now().minusDays(2).toString())
			.param("scope", "NOTES")).andExpect(status().isFound());
		mvc.perform(get("/service-users/" + id).with(users.as("peer"))).andExpect(status().isOk());
		assertThat(jdbc.sql("select scope || ' ' || consent_given_on from peer_link where service_user_id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("NOTES " + LocalDate.now().minusDays(2));
		mvc.perform(get("/service-users/" + id).with(users.as("worker")))
			.andExpect(content().string(containsString("May see: The Action Plan and the contact notes shared")))
			.andExpect(content().string(containsString("The person agreed on")));
		long link = jdbc.sql("select id from peer_link where service_user_id = ? and ended_at is null")
			.param(id)
			.query(Long.class)
			.single();
		mvc.perform(post("/service-users/" + id + "/peers/" + link + "/end").with(csrf()).with(users.as("worker")))
			.andExpect(status().isFound());
		mvc.perform(get("/service-users/" + id).with(users.as("peer"))).andExpect(status().isNotFound());
	}

}
