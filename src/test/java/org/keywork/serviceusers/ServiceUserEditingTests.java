package org.keywork.serviceusers;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KeyworkTest
class ServiceUserEditingTests extends ServiceUserControllerTestBase {

	@Test
	void staleVersionShowsTheConflictAndChangesNothing() throws Exception {
		String name = uniqueName("Conflict Person");
		long id = createdBy("worker", name);
		long version = version(id);
		mvc.perform(edit(id, name, "First Change", version).with(users.as("worker"))).andExpect(status().isFound());
		mvc.perform(edit(id, name, "Second Change", version).with(users.as("manager")))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else changed this record")))
			.andExpect(content().string(containsString("value=\"Second Change\"")))
			.andExpect(content().string(containsString("First Change")));
		assertThat(
				jdbc.sql("select preferred_name from service_user where id = ?").param(id).query(String.class).single())
			.isEqualTo("First Change");
	}

	@Test
	void editWithCurrentVersionSaves() throws Exception {
		String name = uniqueName("Edit Person");
		long id = createdBy("worker", name);
		mvc.perform(edit(id, name, "Eddie", version(id)).with(users.as("worker")))
			.andExpect(status().isFound())
			.andExpect(flash().attributeExists("flashSuccess"));
		mvc.perform(get("/service-users/" + id).with(users.as("worker")))
			.andExpect(content().string(containsString("Eddie")));
	}

}
