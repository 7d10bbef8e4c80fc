package org.keywork.wellbeing;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.keywork.DemoIds;
import org.keywork.TestClock;
import org.keywork.TestPeople;
import org.keywork.TestUsers;
import org.keywork.database.Batches;
import org.keywork.web.Dates;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What the wellbeing tests share: a person made for each test, readings planted in SQL, a
 * SWEMWBS form posted, the radio a page has checked.
 */
abstract class WellbeingTestBase {

	@Autowired
	Batches batches;

	/** The SWEMWBS statements, by their WEMWBS number. */
	static final List<Integer> SWEMWBS = List.of(1, 2, 3, 6, 7, 9, 11);

	/** Answers adding up to 26 (metric 23.21). */
	static final List<Integer> TWENTY_SIX = List.of(3, 4, 4, 4, 4, 4, 3);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoIds ids;

	@Autowired
	TestClock clock;

	@Autowired
	Dates dates;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	WellbeingDue due;

	long person;

	@BeforeEach
	void aPerson() throws Exception {
		this.person = TestPeople.named(TestPeople.uniqueName("Wellbeing Person")).save(this.mvc, this.users, this.jdbc);
	}

	MockHttpServletRequestBuilder swemwbs(String url, List<Integer> answers) {
		MockHttpServletRequestBuilder request = post(url).with(csrf())
			.param("scale", "SWEMWBS")
			.param("takenOn", this.dates.today().toString());
		for (int i = 0; i < SWEMWBS.size(); i++) {
			if (answers.get(i) != null) {
				request.param("answers[" + SWEMWBS.get(i) + "]", String.valueOf(answers.get(i)));
			}
		}
		return request;
	}

	long readings(long person) {
		return this.jdbc.sql("select count(*) from wellbeing_reading where service_user_id = ?")
			.param(person)
			.query(Long.class)
			.single();
	}

	/** A reading planted in SQL: SWEMWBS with this raw total, taken on the day. */
	long reading(long person, int raw, LocalDate takenOn, boolean withheld) {
		return this.jdbc.sql("""
				insert into wellbeing_reading (service_user_id, scale_code, taken_on, completed_by, raw_total, score,
				  withheld, withheld_reason, withheld_detail, created_at, created_by)
				values (?, 'SWEMWBS', ?, 'WORKER', ?, ?, ?, ?, ?, ?, ?) returning id
				""")
			.params(person, Date.valueOf(takenOn), raw, WellbeingScoring.swemwbsMetric(raw), withheld,
					withheld ? "OTHER" : null, withheld ? "Withheld wellbeing detail " + person : null,
					Timestamp.from(Instant.now()), this.ids.account("worker"))
			.query(Long.class)
			.single();
	}

	/** The radio checked for the statement, or null. */
	Integer checked(String html, int statement) {
		var matcher = Pattern.compile("name=\"answers\\[" + statement + "\\]\" value=\"(\\d)\"[^>]*checked")
			.matcher(html);
		return matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
	}

}
