package org.keywork.rent;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.TestPeople;
import org.keywork.TestUsers;
import org.keywork.web.Dates;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Importing a landlord's statement: upload, mapping, preview with the row-by-row report,
 * the import in one transaction in the background with its progress, signed amounts, a
 * repeated statement noticed, a large statement.
 */
@KeyworkTest
class StatementImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Dates dates;

	@Test
	void aMalformedStatementGetsAClearReportRowByRowAndNothingIsImported() throws Exception {
		long person = TestPeople.named(TestPeople.uniqueName("Import Bad")).save(mvc, users, jdbc);
		String csv = """
				Date,Description,Debit,Credit
				01/05/2026,Rent,96.50,
				31/04/2026,Rent,96.50,
				03/05/2026,,,
				04/05/2026,"UC, housing",,ninety
				05/05/2026,UC,,96.50
				""";
		long importId = upload(person, csv);
		map(person, importId, "SEPARATE", "3", "4", "").andExpect(status().is3xxRedirection());
		String preview = page("/service-users/" + person + "/rent/imports/" + importId + "/preview");
		assertThat(preview)
			.contains("3 rows cannot be read", "Nothing will be imported until every row can be read",
					"data-problem-row=\"3\"", "The date cannot be read in the format chosen", "data-problem-row=\"4\"",
					"The description is missing", "The amount is missing", "data-problem-row=\"5\"",
					"The amount cannot be read")
			.doesNotContain("data-problem-row=\"2\"", "data-problem-row=\"6\"", "/import\"");
		// a forged import is refused and imports nothing
		mvc.perform(post("/service-users/{id}/rent/imports/{i}/import", person, importId).with(csrf())
			.with(users.as("worker"))).andExpect(status().is3xxRedirection());
		assertThat(entries(person)).isZero();
		assertThat(importStatus(importId)).isEqualTo("PENDING");
		// a mapping saved from a stale form is refused
		map(person, importId, "SEPARATE", "3", "4", "").andExpect(status().is3xxRedirection());
		mvc.perform(post("/service-users/{id}/rent/imports/{i}/mapping", person, importId).with(csrf())
			.with(users.as("worker"))
			.param("hasHeader", "true")
			.param("dateColumn", "1")
			.param("dateFormat", "DAY_MONTH_YEAR")
			.param("descriptionColumn", "2")
			.param("amountMode", "SEPARATE")
			.param("chargeColumn", "3")
			.param("paymentColumn", "4")
			.param("version", "0")).andExpect(status().isConflict());
		// discarding it
		mvc.perform(post("/service-users/{id}/rent/imports/{i}/discard", person, importId).with(csrf())
			.with(users.as("worker"))).andExpect(status().is3xxRedirection());
		assertThat(importStatus(importId)).isEqualTo("DISCARDED");
	}

	@Test
	void anUnreadableFileOrNoFileIsRefusedAtUpload() throws Exception {
		long person = TestPeople.named(TestPeople.uniqueName("Import Unreadable")).save(mvc, users, jdbc);
		String unclosed = mvc.perform(multipart("/service-users/{id}/rent/imports", person)
			.file(new MockMultipartFile("file", "s.csv", "text/csv",
					"a,b\n1,\"never closed\n".getBytes(StandardCharsets.UTF_8)))
			.with(csrf())
			.with(users.as("worker"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(unclosed).contains("govuk-error-summary", "a quote opened on line 2 is never closed");
		String none = mvc
			.perform(multipart("/service-users/{id}/rent/imports", person).with(csrf()).with(users.as("worker")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(none).contains("Choose a CSV file with at least one row");
		assertThat(jdbc.sql("select count(*) from rent_import where service_user_id = ?")
			.param(person)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void signedAmountsInIsoDatesAreImportedAndTheSameStatementAgainIsNoticed() throws Exception {
		long person = TestPeople.named(TestPeople.uniqueName("Import Signed")).save(mvc, users, jdbc);
		String csv = "\uFEFFWhen;ignored,Amount,What\r\n2026-05-01;x,96.50,\"Rent, week 1\"\r\n"
				+ "2026-05-03;x,-90.00,UC housing\r\n2026-05-08;x,96.50,\"Rent, week 2\"\r\n";
		String signedCsv = csv.replace(";x", "");
		long importId = upload(person, signedCsv);
		assertThat(page("/service-users/" + person + "/rent/imports/" + importId + "/mapping"))
			.contains("Column 3 (What)");
		mvc.perform(post("/service-users/{id}/rent/imports/{i}/mapping", person, importId).with(csrf())
			.with(users.as("worker"))
			.param("hasHeader", "true")
			.param("dateColumn", "1")
			.param("dateFormat", "ISO")
			.param("descriptionColumn", "3")
			.param("amountMode", "SIGNED")
			.param("amountColumn", "")
			.param("version", "0")).andExpect(status().isOk());
		mvc.perform(post("/service-users/{id}/rent/imports/{i}/mapping", person, importId).with(csrf())
			.with(users.as("worker"))
			.param("hasHeader", "true")
			.param("dateColumn", "1")
			.param("dateFormat", "ISO")
			.param("descriptionColumn", "3")
			.param("amountMode", "SIGNED")
			.param("amountColumn", "2")
			.param("version", "0")).andExpect(status().is3xxRedirection());
		String preview = page("/service-users/" + person + "/rent/imports/" + importId + "/preview");
		assertThat(preview).contains("Import 3 rows", "£193.00", "£90.00", "Rent, week 1")
			.doesNotContain("data-duplicate");
		mvc.perform(post("/service-users/{id}/rent/imports/{i}/import", person, importId).with(csrf())
			.with(users.as("worker"))).andExpect(status().is3xxRedirection());
		waitUntilDone(importId);
		assertThat(RentTestData.balance(jdbc, person)).isEqualByComparingTo("103.00");
		assertThat(jdbc.sql("select count(*) from rent_entry where import_id = ? and kind = 'PAYMENT'")
			.param(importId)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(page("/service-users/" + person + "/rent")).contains("Rent, week 2", "£103.00 owed",
				"Imported from a landlord");
		// the same statement again is noticed
		long again = upload(person, signedCsv);
		assertThat(page("/service-users/" + person + "/rent/imports/" + again + "/mapping")).contains("data-duplicate",
				"already imported");
		// a finished import cannot be started again
		mvc.perform(post("/service-users/{id}/rent/imports/{i}/import", person, importId).with(csrf())
			.with(users.as("worker"))).andExpect(status().is3xxRedirection());
		assertThat(entries(person)).isEqualTo(3);
	}

	@Test
	void fiftyThousandRowsAreImportedInOneTransactionWithTheProgressShown() throws Exception {
		long person = TestPeople.named(TestPeople.uniqueName("Import Large")).save(mvc, users, jdbc);
		int rows = 50_000;
		DateTimeFormatter format = DateTimeFormatter.ofPattern("dd/MM/yyyy");
		LocalDate day = LocalDate.of(2020, 1, 1);
		StringBuilder csv = new StringBuilder("Date,Description,Debit,Credit\r\n");
		BigDecimal expected = BigDecimal.ZERO;
		for (int i = 0; i < rows; i++) {
			boolean charge = i % 2 == 0;
			BigDecimal amount = charge ? new BigDecimal("96.50") : new BigDecimal("95.25");
			expected = charge ? expected.add(amount) : expected.subtract(amount);
			csv.append(format.format(day.plusDays(i / 40)))
				.append(charge ? ",\"Rent, line " : ",Payment line ")
				.append(i)
				.append(charge ? "\"," + amount + ",\r\n" : ",," + amount + "\r\n");
		}
		long importId = upload(person, csv.toString());
		map(person, importId, "SEPARATE", "3", "4", "").andExpect(status().is3xxRedirection());
		assertThat(page("/service-users/" + person + "/rent/imports/" + importId + "/preview"))
			.contains("Import 50,000 rows");
		mvc.perform(post("/service-users/{id}/rent/imports/{i}/import", person, importId).with(csrf())
			.with(users.as("worker"))).andExpect(status().is3xxRedirection());
		// while it runs: the progress moves, and none of its rows are visible yet
		List<Integer> seen = new ArrayList<>();
		boolean invisibleMidway = false;
		long deadline = System.nanoTime() + 120_000_000_000L;
		while (!importStatus(importId).equals("IMPORTED") && System.nanoTime() < deadline) {
			int done = rowsDone(importId);
			if (done > 0 && done < rows && importStatus(importId).equals("RUNNING")) {
				seen.add(done);
				if (entries(person) == 0) {
					invisibleMidway = true;
				}
				String progress = mvc
					.perform(get("/service-users/{id}/rent/imports/{i}", person, importId).with(users.as("worker")))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString();
				assertThat(progress).contains("<progress", "max=\"50000\"");
			}
			Thread.sleep(20);
		}
		assertThat(importStatus(importId)).isEqualTo("IMPORTED");
		assertThat(seen).as("progress seen part way").isNotEmpty();
		assertThat(invisibleMidway).as("no imported row visible before the import's end").isTrue();
		assertThat(rowsDone(importId)).isEqualTo(rows);
		assertThat(entries(person)).isEqualTo(rows);
		assertThat(RentTestData.balance(jdbc, person)).isEqualByComparingTo(expected);
		String done = mvc
			.perform(get("/service-users/{id}/rent/imports/{i}", person, importId).with(users.as("worker")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader("Refresh");
		assertThat(done).isNull();
		assertThat(page("/service-users/" + person + "/rent/imports/" + importId)).contains("50,000 of 50,000 rows",
				"every row is in the rent account");
	}

	@Test
	void anotherTeamsWorkerCannotReachAnImport() throws Exception {
		long person = TestPeople.named(TestPeople.uniqueName("Import Reach")).save(mvc, users, jdbc);
		long importId = upload(person, "01/05/2026,Rent,1.00,\n");
		mvc.perform(get("/service-users/{id}/rent/imports/{i}/mapping", person, importId).with(users.as("worker2")))
			.andExpect(status().isNotFound());
		long other = TestPeople.named(TestPeople.uniqueName("Import Other")).save(mvc, users, jdbc);
		mvc.perform(get("/service-users/{id}/rent/imports/{i}", other, importId).with(users.as("worker")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/service-users/{id}/rent/imports/new", person).with(users.as("peer")))
			.andExpect(status().isForbidden());
	}

	private long upload(long person, String csv) throws Exception {
		String location = mvc
			.perform(multipart("/service-users/{id}/rent/imports", person)
				.file(new MockMultipartFile("file", "statement.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.with(csrf())
				.with(users.as("worker")))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).endsWith("/mapping");
		return Long.parseLong(location.replaceAll(".*/imports/(\\d+)/mapping", "$1"));
	}

	private org.springframework.test.web.servlet.ResultActions map(long person, long importId, String mode,
			String charge, String payment, String amount) throws Exception {
		long version = jdbc.sql("select version from rent_import where id = ?")
			.param(importId)
			.query(Long.class)
			.single();
		return mvc.perform(post("/service-users/{id}/rent/imports/{i}/mapping", person, importId).with(csrf())
			.with(users.as("worker"))
			.param("hasHeader", "true")
			.param("dateColumn", "1")
			.param("dateFormat", "DAY_MONTH_YEAR")
			.param("descriptionColumn", "2")
			.param("amountMode", mode)
			.param("chargeColumn", charge)
			.param("paymentColumn", payment)
			.param("amountColumn", amount)
			.param("version", String.valueOf(version)));
	}

	private void waitUntilDone(long importId) throws InterruptedException {
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (!importStatus(importId).equals("IMPORTED") && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(importStatus(importId)).isEqualTo("IMPORTED");
	}

	private String importStatus(long importId) {
		return jdbc.sql("select status from rent_import where id = ?").param(importId).query(String.class).single();
	}

	private int rowsDone(long importId) {
		return jdbc.sql("select rows_done from rent_import where id = ?").param(importId).query(Integer.class).single();
	}

	private long entries(long person) {
		return jdbc.sql("select count(*) from rent_entry where service_user_id = ?")
			.param(person)
			.query(Long.class)
			.single();
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path).with(users.as("worker")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
