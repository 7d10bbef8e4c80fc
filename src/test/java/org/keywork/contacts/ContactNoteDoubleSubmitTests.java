package org.keywork.contacts;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KeyworkTest
class ContactNoteDoubleSubmitTests extends ContactNoteTestBase {

	@Test
	void theFormCarriesAKeyAndASecondSendOfItFindsTheSavedNote() throws Exception {
		long person = person("Double");
		String form = mvc.perform(get("/service-users/{id}/contact-notes/new", person).with(users.as("worker")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.regex.Matcher key = java.util.regex.Pattern
			.compile("name=\"submissionKey\" value=\"([0-9a-f-]{36})\"")
			.matcher(form);
		assertThat(key.find()).as("the form's submission key").isTrue();
		org.springframework.mock.web.MockHttpSession session = new org.springframework.mock.web.MockHttpSession();
		String first = mvc
			.perform(note(person, "Sent twice by a double click.").with(users.as("worker"))
				.param("submissionKey", key.group(1))
				.session(session))
			.andExpect(status().isFound())
			.andExpect(flashCode("contactNote.saved"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(note(person, "Sent twice by a double click.").with(users.as("worker"))
			.param("submissionKey", key.group(1))
			.session(session))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(first))
			.andExpect(flashCode("contactNote.alreadySaved"));
		assertThat(count(person)).isEqualTo(1);
		// a new form (a new key) is a new note
		save(person, "worker", "A second visit.", "submissionKey", java.util.UUID.randomUUID().toString());
		assertThat(count(person)).isEqualTo(2);
	}

	@Test
	void twoSendsAtTheSameMomentSaveOneNoteAndNeitherFails() throws Exception {
		long person = person("Race");
		String key = java.util.UUID.randomUUID().toString();
		int sends = 4;
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(sends);
		try {
			java.util.List<java.util.concurrent.Future<MvcResult>> results = new java.util.ArrayList<>();
			for (int i = 0; i < sends; i++) {
				results.add(pool.submit(() -> {
					start.await();
					return mvc
						.perform(note(person, "Sent from two tabs at once.").with(users.as("worker"))
							.param("submissionKey", key))
						.andReturn();
				}));
			}
			start.countDown();
			java.util.Set<String> locations = new java.util.HashSet<>();
			for (java.util.concurrent.Future<MvcResult> result : results) {
				MvcResult done = result.get(60, java.util.concurrent.TimeUnit.SECONDS);
				assertThat(done.getResponse().getStatus()).isEqualTo(302);
				locations.add(done.getResponse().getRedirectedUrl());
			}
			assertThat(locations).hasSize(1);
			assertThat(count(person)).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void theSameKeyForAnotherPersonIsAnotherNoteNeverA500() throws Exception {
		long first = person("Key First");
		long second = person("Key Second");
		String key = java.util.UUID.randomUUID().toString();
		long one = save(first, "worker", "About the first person.", "submissionKey", key);
		long two = save(second, "worker", "About the second person.", "submissionKey", key);
		assertThat(two).isNotEqualTo(one);
		assertThat(count(first)).isEqualTo(1);
		assertThat(count(second)).isEqualTo(1);
	}

	@Test
	void anotherWorkerSendingTheSameKeyDoesNotReachTheNote() throws Exception {
		long person = person("Key Owner");
		String key = java.util.UUID.randomUUID().toString();
		long mine = save(person, "worker", "Mine.", "submissionKey", key);
		long theirs = save(person, "manager", "Theirs.", "submissionKey", key);
		assertThat(theirs).isNotEqualTo(mine);
		assertThat(count(person)).isEqualTo(2);
	}

}
