package org.keywork.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session's last access time is written at most once a minute: moving it by less is not
 * a change to save, while anything else that changes is still saved at once.
 */
@KeyworkTest
class SessionAccessTimeTests {

	@SuppressWarnings("rawtypes")
	@Autowired
	SessionRepository sessions;

	@Autowired
	JdbcClient jdbc;

	private Instant stored(String id) {
		return this.jdbc.sql("select last_access_time from spring_session where session_id = ?")
			.param(id)
			.query(Long.class)
			.optional()
			.map(Instant::ofEpochMilli)
			.orElseThrow();
	}

	private String stored(String id, String attribute) {
		return this.jdbc
			.sql("""
					select count(*) from spring_session_attributes a join spring_session s on s.primary_id = a.session_primary_id
					where s.session_id = ? and a.attribute_name = ?
					""")
			.params(id, attribute)
			.query(Long.class)
			.single() > 0 ? attribute : null;
	}

	@Test
	@SuppressWarnings("unchecked")
	void theLastAccessTimeIsWrittenOnceItHasMovedAMinuteAndOtherChangesAtOnce() {
		Session created = this.sessions.createSession();
		this.sessions.save(created);
		String id = created.getId();
		Instant first = stored(id);

		Session again = this.sessions.findById(id);
		again.setLastAccessedTime(first.plusSeconds(59));
		this.sessions.save(again);
		assertThat(stored(id)).as("moved 59 seconds: not written").isEqualTo(first);

		again = this.sessions.findById(id);
		again.setLastAccessedTime(first.plusSeconds(30));
		again.setAttribute("kw.test", "kept");
		this.sessions.save(again);
		assertThat(stored(id, "kw.test")).as("an attribute is saved at once").isEqualTo("kw.test");
		assertThat(stored(id)).isEqualTo(first);

		again = this.sessions.findById(id);
		Instant later = first.plusSeconds(61).truncatedTo(ChronoUnit.MILLIS);
		again.setLastAccessedTime(later);
		this.sessions.save(again);
		assertThat(stored(id)).as("moved a minute: written").isEqualTo(later);
		assertThat(this.sessions.findById(id).getLastAccessedTime()).isEqualTo(later);

		this.sessions.deleteById(id);
	}

	@Test
	@SuppressWarnings("unchecked")
	void twoRequestsOfOneSessionMayAddTheSameAttribute() {
		Session created = this.sessions.createSession();
		this.sessions.save(created);
		String id = created.getId();
		Session first = this.sessions.findById(id);
		Session second = this.sessions.findById(id);

		first.setAttribute("kw.test", "first");
		this.sessions.save(first);
		second.setAttribute("kw.test", "second");
		this.sessions.save(second);

		assertThat(this.sessions.findById(id).<String>getAttribute("kw.test")).isEqualTo("second");
		this.sessions.deleteById(id);
	}

}
