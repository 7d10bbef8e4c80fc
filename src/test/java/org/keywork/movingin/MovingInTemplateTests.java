package org.keywork.movingin;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestPeople;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KeyworkTest
class MovingInTemplateTests extends MovingInTestBase {

	@Test
	void isCopiedWhenAChecklistStartsAndALaterChangeLeavesStartedChecklistsAlone() throws Exception {
		String label = TestPeople.uniqueName("Template item");
		mvc.perform(post("/admin/moving-in/new").with(csrf())
			.with(users.as("admin"))
			.param("label", label)
			.param("position", "99999")
			.param("active", "true")).andExpect(status().is3xxRedirection());
		long templateItem = jdbc.sql("select id from moving_in_template_item where label = ?")
			.param(label)
			.query(Long.class)
			.single();
		List<String> active = jdbc.sql("select label from moving_in_template_item where active order by position, id")
			.query(String.class)
			.list();

		long before = person("Moving Template Before");
		start(before);
		assertThat(labels(before)).isEqualTo(active).contains(label);

		// the administrator renames the item and takes it out of use
		mvc.perform(post("/admin/moving-in/{t}/edit", templateItem).with(csrf())
			.with(users.as("admin"))
			.param("label", label + " renamed")
			.param("position", "99999")
			.param("_active", "on")
			.param("version", "0")).andExpect(status().is3xxRedirection());
		assertThat(page("/admin/moving-in", "admin")).contains(label + " renamed", "Not in use");

		assertThat(labels(before)).isEqualTo(active).contains(label);
		assertThat(page("/service-users/" + before + "/moving-in", "worker")).contains(label)
			.doesNotContain(label + " renamed");
		long after = person("Moving Template After");
		start(after);
		assertThat(labels(after)).doesNotContain(label, label + " renamed").hasSize(active.size() - 1);
	}

	@Test
	void isForAdministratorsOnlyAndAStaleChangeIsExplained() throws Exception {
		mvc.perform(get("/admin/moving-in").with(users.as("worker"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/moving-in").with(users.as("manager"))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/moving-in/new").with(csrf()).with(users.as("worker")).param("label", "Sneaky"))
			.andExpect(status().isForbidden());
		assertThat(page("/admin/moving-in", "admin")).contains("Moving-in checklist template", "Registered with a GP",
				"<caption");
		String wrong = mvc
			.perform(post("/admin/moving-in/new").with(csrf())
				.with(users.as("admin"))
				.param("label", "")
				.param("position", "abc"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(wrong).contains("govuk-error-summary", "Enter what needs doing", "value=\"abc\"");

		String label = TestPeople.uniqueName("Stale template item");
		mvc.perform(post("/admin/moving-in/new").with(csrf())
			.with(users.as("admin"))
			.param("label", label)
			.param("position", "99998")).andExpect(status().is3xxRedirection());
		long id = jdbc.sql("select id from moving_in_template_item where label = ?")
			.param(label)
			.query(Long.class)
			.single();
		mvc.perform(post("/admin/moving-in/{t}/edit", id).with(csrf())
			.with(users.as("admin"))
			.param("label", label)
			.param("position", "99998")
			.param("_active", "on")
			.param("version", "0")).andExpect(status().is3xxRedirection());
		String stale = mvc
			.perform(post("/admin/moving-in/{t}/edit", id).with(csrf())
				.with(users.as("admin"))
				.param("label", "Typed in the stale form")
				.param("position", "99998")
				.param("version", "0"))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(stale).contains("Someone else changed this item", "Typed in the stale form");
		// out of use after all, so that other tests' checklists do not gain it
		assertThat(jdbc.sql("select active from moving_in_template_item where id = ?")
			.param(id)
			.query(Boolean.class)
			.single()).isFalse();
	}

}
