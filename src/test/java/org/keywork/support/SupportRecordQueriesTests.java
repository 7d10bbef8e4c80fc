package org.keywork.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.keywork.DemoIds;
import org.keywork.KeyworkTest;
import org.keywork.TestPlans;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The many-people questions the caseload and dashboards ask, against real rows. */
@KeyworkTest
class SupportRecordQueriesTests {

	private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	@Autowired
	SupportRecordQueries queries;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoIds ids;

	@Test
	void reviewsDueAreTheLatestAgreedVersionsWithinTwoWeeksOrOverdue() {
		long overdue = person();
		long soon = person();
		long later = person();
		long reviewing = person();
		record(overdue, "OVERVIEW", 1, "AGREED", TODAY.minusDays(1), "{}");
		record(soon, "SAFETY_PLAN", 1, "AGREED", TODAY.plusDays(14), "{}");
		record(later, "ACTION_PLAN", 1, "AGREED", TODAY.plusDays(15), "{\"goals\":[]}");
		record(reviewing, "OVERVIEW", 1, "AGREED", TODAY.minusDays(30), "{}");
		record(reviewing, "OVERVIEW", 2, "DRAFT", null, "{}");

		Map<Long, List<SupportRecordQueries.ReviewDue>> due = queries
			.reviewsDue(List.of(overdue, soon, later, reviewing), TODAY);

		assertThat(due).containsOnlyKeys(overdue, soon);
		assertThat(due.get(overdue).get(0).overdue()).isTrue();
		assertThat(due.get(soon).get(0).overdue()).isFalse();
		assertThat(due.get(soon).get(0).kind()).isEqualTo(RecordKind.SAFETY_PLAN);
	}

	@Test
	void stepsDueOpenGoalsAndStaffSafetyComeFromTheLatestVersion() {
		long person = person();
		record(person, "ACTION_PLAN", 1, "AGREED", TODAY.plusMonths(3), """
				{"goals":[{"id":"g1","area":"MONEY","goal":"Old goal","steps":[
				  {"id":"s0","what":"Old step","who":"PERSON","due":"2026-11-20","status":"NOT_STARTED"}]}]}
				""");
		record(person, "ACTION_PLAN", 2, "DRAFT", null, """
				{"goals":[
				  {"id":"g1","area":"MONEY","goal":"Pay off the gas debt","steps":[
				    {"id":"s1","what":"Ring the gas company","who":"PERSON","due":"2026-11-20","status":"IN_PROGRESS"},
				    {"id":"s2","what":"Done already","who":"PERSON","due":"2026-11-21","status":"DONE"},
				    {"id":"s3","what":"Next month","who":"PERSON","due":"2026-12-20","status":"NOT_STARTED"}]},
				  {"id":"g2","area":"LIVING_SKILLS","goal":"Finished goal","steps":[
				    {"id":"s4","what":"Done","who":"PERSON","status":"DONE"}]}]}
				""");
		record(person, "SAFETY_PLAN", 1, "AGREED", TODAY.plusMonths(3), """
				{"factors":[{"id":"f1","category":"STAFF_SAFETY","description":"Dog at the flat","withheld":false}]}
				""");
		long other = person();
		record(other, "SAFETY_PLAN", 1, "AGREED", TODAY.plusMonths(3), """
				{"factors":[{"id":"f2","category":"OWN_HEALTH","description":"Diabetes","withheld":false}]}
				""");

		Map<Long, List<SupportRecordQueries.StepDue>> steps = queries.stepsDue(List.of(person), TODAY.plusDays(7));
		assertThat(steps.get(person)).extracting(SupportRecordQueries.StepDue::what)
			.containsExactly("Ring the gas company");
		assertThat(queries.openGoals(List.of(person)).get(person)).containsExactly("Pay off the gas debt");
		assertThat(queries.withStaffSafetyWarning(List.of(person, other))).isEqualTo(Set.of(person));
	}

	private long person() {
		long team = ids.north();
		return jdbc.sql("""
				insert into service_user (reference, legal_name, team_id, status)
				values (?, 'Query Person', ?, 'ACTIVE') returning id
				""").params("KW-Q" + Long.toString(UNIQUE.incrementAndGet(), 36), team).query(Long.class).single();
	}

	private void record(long person, String kind, int number, String status, LocalDate reviewDue, String content) {
		TestPlans.of(person, kind)
			.version(number)
			.status(status)
			.agreedOn(status.equals("AGREED") ? TODAY.minusMonths(3) : null)
			.reviewDue(reviewDue)
			.content(content)
			.save(jdbc);
	}

}
