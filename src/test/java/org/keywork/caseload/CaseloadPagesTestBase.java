package org.keywork.caseload;

import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.keywork.DemoIds;
import org.keywork.TestClock;
import org.keywork.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the tests of the caseload, the team dashboard and the callover list share: the
 * beans they use and the helpers that read a person's row and its figures from a page.
 */
abstract class CaseloadPagesTestBase {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

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
	CaseloadQueries queries;

	@Autowired
	CaseloadService service;

	static String row(String page, long person) {
		return between(page, "data-person-id=\"" + person + "\"", "</tr>");
	}

	static String between(String page, String start, String end) {
		int from = page.indexOf(start);
		assertThat(from).as(start).isNotNegative();
		return page.substring(from, page.indexOf(end, from));
	}

	static String stat(String row, String name) {
		Matcher matcher = Pattern.compile("data-stat=\"" + name + "\"[^>]*>\\s*([^<]*?)\\s*<").matcher(row);
		assertThat(matcher.find()).as(name).isTrue();
		return matcher.group(1);
	}

}
