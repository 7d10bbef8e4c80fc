package org.keywork;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Teams for a test, inserted as the application stores them:
 * {@code TestTeams.named(TestPeople.uniqueName("Fortnightly")).contactEveryDays(14).save(jdbc)}.
 */
public final class TestTeams {

	private TestTeams() {
	}

	public static Builder named(String name) {
		return new Builder(name);
	}

	/** Makes a staff account a member of the team. */
	public static void addMember(JdbcClient jdbc, long team, long account) {
		jdbc.sql("insert into account_team (account_id, team_id) values (?, ?)").params(account, team).update();
	}

	public static final class Builder {

		private final String name;

		private Integer contactFrequencyDays;

		private Builder(String name) {
			this.name = name;
		}

		/** The team's contact target; the database's default when not given. */
		public Builder contactEveryDays(int days) {
			this.contactFrequencyDays = days;
			return this;
		}

		/**
		 * @return the team's id
		 */
		public long save(JdbcClient jdbc) {
			if (this.contactFrequencyDays == null) {
				return jdbc.sql("insert into team (name) values (?) returning id")
					.param(this.name)
					.query(Long.class)
					.single();
			}
			return jdbc.sql("insert into team (name, contact_frequency_days) values (?, ?) returning id")
				.params(this.name, this.contactFrequencyDays)
				.query(Long.class)
				.single();
		}

	}

}
