package org.keywork.complaints;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestPeople;
import org.keywork.housing.TenancyReportPart.ReportTable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KeyworkTest
class ComplaintsReportTests extends ComplaintsTestBase {

	@Test
	void countsOpenComplaintsByMonthAndTheResponseTimes() throws Exception {
		long person = TestPeople.named(TestPeople.uniqueName("Complaint Report")).save(mvc, users, jdbc);
		LocalDateTime now = LocalDateTime.now(clock.withZone(LONDON)).withSecond(0).withNano(0);
		LocalDateTime received = now.minusDays(1);
		mvc.perform(add(person, "COMPLAINT", "NEIGHBOUR", received.toLocalDate().toString(),
				received.toLocalTime().toString(), "Report one", ""))
			.andExpect(status().is3xxRedirection());
		long first = complaintId(person);
		mvc.perform(respond(person, first, 0, received.plusHours(2).toLocalDate().toString(),
				received.plusHours(2).toLocalTime().toString(), "Two hours later"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(add(person, "COMPLAINT", "LANDLORD", received.toLocalDate().toString(),
				received.toLocalTime().toString(), "Report two", ""))
			.andExpect(status().is3xxRedirection());

		List<ReportTable> tables = report.tables(List.of(person), now.toLocalDate());
		assertThat(tables).extracting(ReportTable::id)
			.containsExactly("complaints-open", "complaints-received", "complaints-response");
		assertThat(tables.get(0).rows()).containsExactly(List.of("Open now", "2"));
		assertThat(tables.get(1).hasChart()).isTrue();
		assertThat(tables.get(1).values().stream().mapToInt(java.math.BigDecimal::intValue).sum()).isEqualTo(2);
		assertThat(tables.get(2).rows()).contains(List.of("Responded to", "1"),
				List.of("Median time to the first response (hours)", "2.0"),
				List.of("Average time to the first response (hours)", "2.0"),
				List.of("Responded to within the target", "1"));
	}

}
