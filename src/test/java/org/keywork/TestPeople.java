package org.keywork;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Makes people for a test through the real "add a person" form, so counts a test relies
 * on are its own:
 * {@code TestPeople.named(TestPeople.uniqueName("Jo")).keyworker("worker").save(mvc, users, jdbc)},
 * and links peers to them through the real form:
 * {@code TestPeople.peer("peer").linkedTo(person).scope("NOTES").save(mvc, users, jdbc)}.
 */
public final class TestPeople {

	private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());

	private TestPeople() {
	}

	public static String uniqueName(String base) {
		return base + " " + Long.toString(UNIQUE.incrementAndGet(), 36);
	}

	/**
	 * A person with this legal name: by default active in North Housing First since a
	 * month ago, keyworker {@code worker}, added by {@code worker}.
	 */
	public static Person named(String legalName) {
		return new Person(legalName);
	}

	/**
	 * An active person in North Housing First whose keyworker is the given account,
	 * created by the demo worker.
	 */
	public static long activeInNorth(MockMvc mvc, TestUsers users, JdbcClient jdbc, String name, String keyworker,
			LocalDate supportStart) throws Exception {
		return named(name).keyworker(keyworker).supportStart(supportStart).save(mvc, users, jdbc);
	}

	/**
	 * Links the peer support worker with this username, with the person's agreement
	 * (yesterday) and the narrowest scope unless told otherwise.
	 */
	public static PeerLink peer(String peer) {
		return new PeerLink(peer);
	}

	public static final class Person {

		private final String legalName;

		private String preferredName;

		private LocalDate dateOfBirth;

		private Long team;

		private String status = "ACTIVE";

		private LocalDate supportStart = LocalDate.now().minusMonths(1);

		private String keyworker = "worker";

		private String by = "worker";

		private Person(String legalName) {
			this.legalName = legalName;
		}

		public Person preferredName(String preferredName) {
			this.preferredName = preferredName;
			return this;
		}

		public Person dateOfBirth(LocalDate dateOfBirth) {
			this.dateOfBirth = dateOfBirth;
			return this;
		}

		/** The team's id; North Housing First when not given. */
		public Person inTeam(long team) {
			this.team = team;
			return this;
		}

		/** {@code ServiceUserStatus} name: ACTIVE (the default), REFERRED... */
		public Person status(String status) {
			this.status = status;
			return this;
		}

		public Person supportStart(LocalDate supportStart) {
			this.supportStart = supportStart;
			return this;
		}

		/** The keyworker's username; {@code null} for none. */
		public Person keyworker(String username) {
			this.keyworker = username;
			return this;
		}

		/** Who fills in the form (a worker or manager of the team). */
		public Person by(String username) {
			this.by = username;
			return this;
		}

		/**
		 * @return the person's id
		 */
		public long save(MockMvc mvc, TestUsers users, JdbcClient jdbc) throws Exception {
			DemoIds ids = new DemoIds(jdbc);
			MockHttpServletRequestBuilder form = post("/service-users").with(csrf())
				.with(users.as(this.by))
				.param("legalName", this.legalName)
				.param("teamId", String.valueOf(this.team != null ? this.team : ids.north()))
				.param("status", this.status)
				.param("keyworkerId", this.keyworker == null ? "" : String.valueOf(ids.account(this.keyworker)))
				.param("notADuplicate", "true");
			if (this.preferredName != null) {
				form.param("preferredName", this.preferredName);
			}
			if (this.dateOfBirth != null) {
				form.param("dateOfBirth", this.dateOfBirth.toString());
			}
			if (this.supportStart != null) {
				form.param("supportStart", this.supportStart.toString());
			}
			String location = mvc.perform(form)
				.andExpect(MockMvcResultMatchers.status().isFound())
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		}

	}

	public static final class PeerLink {

		private final String peer;

		private Long person;

		private String scope = "ACTION_PLAN";

		private LocalDate agreedOn = LocalDate.now().minusDays(1);

		private String by = "worker";

		private PeerLink(String peer) {
			this.peer = peer;
		}

		public PeerLink linkedTo(long person) {
			this.person = person;
			return this;
		}

		/** {@code PeerScope} name: ACTION_PLAN (the default), NOTES, OVERVIEW. */
		public PeerLink scope(String scope) {
			this.scope = scope;
			return this;
		}

		public PeerLink agreedOn(LocalDate day) {
			this.agreedOn = day;
			return this;
		}

		/** Who links them (the keyworker, or a manager of the team). */
		public PeerLink by(String username) {
			this.by = username;
			return this;
		}

		public void save(MockMvc mvc, TestUsers users, JdbcClient jdbc) throws Exception {
			if (this.person == null) {
				throw new IllegalStateException("Linked to whom? Call linkedTo(person) first.");
			}
			mvc.perform(post("/service-users/{id}/peers", this.person).with(csrf())
				.with(users.as(this.by))
				.param("peerId", String.valueOf(new DemoIds(jdbc).account(this.peer)))
				.param("consent", "true")
				.param("consentGivenOn", this.agreedOn.toString())
				.param("scope", this.scope)).andExpect(status().isFound());
		}

	}

}
