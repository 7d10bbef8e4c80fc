package org.keywork.caseload;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.caseload.CaseloadItems.CaseloadItem;
import org.keywork.database.Batches;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The team dashboard counts people with something overdue by asking each capability only
 * for its overdue items ({@link CaseloadItems#overdueForPeople}); a capability that
 * answers that itself (with less reading) must give exactly the overdue part of its full
 * answer, on any day.
 */
@KeyworkTest
class OverdueItemsTests {

	@Autowired
	List<CaseloadItems> capabilities;

	@Autowired
	Batches batches;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void everyCapabilitysOverdueItemsAreTheOverduePartOfItsItems() {
		List<Long> people = this.jdbc.sql("select id from service_user order by id").query(Long.class).list();
		LocalDate today = LocalDate.now(this.clock);
		Map<String, Integer> overdueSeen = new HashMap<>();
		for (CaseloadItems capability : this.capabilities) {
			for (int days : new int[] { -30, 0, 10, 40, 200, 800 }) {
				LocalDate day = today.plusDays(days);
				Map<Long, List<CaseloadItem>> all = capability.forPeople(people, day, this.batches.start()).get();
				Map<Long, List<CaseloadItem>> expected = new HashMap<>();
				all.forEach((person, items) -> {
					List<CaseloadItem> late = items.stream().filter(CaseloadItem::overdue).toList();
					if (!late.isEmpty()) {
						expected.put(person, late);
					}
				});
				Map<Long, List<CaseloadItem>> overdue = new HashMap<>(
						capability.overdueForPeople(people, day, this.batches.start()).get());
				overdue.values().removeIf(List::isEmpty);
				String name = capability.getClass().getSimpleName();
				assertThat(overdue.keySet()).as(name + " on " + day).isEqualTo(expected.keySet());
				expected.forEach((person, items) -> assertThat(overdue.get(person)).as(name + " on " + day)
					.containsExactlyInAnyOrderElementsOf(items));
				overdueSeen.merge(name.replaceAll("\\$.*", ""), expected.size(), Integer::sum);
			}
		}
		// the demo data has overdue star readings and benefit reviews on some of those
		// days,
		// so the comparison is not between two empty answers
		assertThat(overdueSeen).containsKeys("StarReadingsDue", "BenefitReviewsDue", "AppointmentsDue");
		assertThat(overdueSeen.get("StarReadingsDue")).isPositive();
		assertThat(overdueSeen.get("BenefitReviewsDue")).isPositive();
	}

}
