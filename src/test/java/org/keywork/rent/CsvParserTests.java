package org.keywork.rent;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The RFC 4180 reader on the edge cases landlords' statements have. */
class CsvParserTests {

	@Test
	void readsPlainRowsWithCrlfLfAndCrLineEndsAndSkipsEmptyLines() {
		List<CsvParser.Row> rows = CsvParser.parse("a,b,c\r\n1,2,3\n\n4,5,6\r7,8,9\r\n");
		assertThat(rows).extracting(CsvParser.Row::fields)
			.containsExactly(List.of("a", "b", "c"), List.of("1", "2", "3"), List.of("4", "5", "6"),
					List.of("7", "8", "9"));
		assertThat(rows).extracting(CsvParser.Row::line).containsExactly(1, 2, 4, 5);
	}

	@Test
	void readsQuotedFieldsWithCommasDoubledQuotesAndLineBreaks() {
		List<CsvParser.Row> rows = CsvParser.parse("""
				"01/05/2026","Rent, week 1","96.50"
				"02/05/2026","The ""late"" payment
				on two lines",""
				last,,
				""");
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0).fields()).containsExactly("01/05/2026", "Rent, week 1", "96.50");
		assertThat(rows.get(1).fields()).containsExactly("02/05/2026", "The \"late\" payment\non two lines", "");
		assertThat(rows.get(2).fields()).containsExactly("last", "", "");
		assertThat(rows.get(2).line()).isEqualTo(4);
	}

	@Test
	void dropsAByteOrderMarkAndReadsUtf8() {
		byte[] bytes = "\uFEFFDate,Description\r\n01/05/2026,Café rent £\r\n".getBytes(StandardCharsets.UTF_8);
		List<CsvParser.Row> rows = CsvParser.parse(CsvParser.decode(bytes));
		assertThat(rows.get(0).fields()).containsExactly("Date", "Description");
		assertThat(rows.get(1).fields()).containsExactly("01/05/2026", "Café rent £");
	}

	@Test
	void aQuotedEmptyLineIsARowAndAMissingLastLineEndIsFine() {
		assertThat(CsvParser.parse("\"\"\nx")).extracting(CsvParser.Row::fields)
			.containsExactly(List.of(""), List.of("x"));
		assertThat(CsvParser.parse("")).isEmpty();
	}

	@Test
	void anUnclosedQuoteIsReportedWithItsLine() {
		assertThatThrownBy(() -> CsvParser.parse("a,b\n1,\"never closed\n2,3\n"))
			.isInstanceOf(CsvParser.CsvException.class)
			.satisfies(ex -> assertThat(((CsvParser.CsvException) ex).line()).isEqualTo(2));
	}

	@Test
	void bytesThatAreNotUtf8AreRefused() {
		assertThatThrownBy(() -> CsvParser.decode(new byte[] { 'a', (byte) 0xFF, (byte) 0xFE, 'b' }))
			.isInstanceOf(CsvParser.CsvException.class);
	}

	@Test
	void theCheckReportsEveryWrongRowAndReadsSignedAmounts() {
		List<CsvParser.Row> rows = CsvParser.parse("""
				Date,What,Amount
				2026-05-01,Rent,96.50
				2026-05-03,UC,-96.50
				2026-02-30,Rent,96.50
				,Rent,abc
				2026-05-08,,0
				2026-05-09,Rent,"£1,096.5"
				""");
		Mapping signed = new Mapping(true, 0, Mapping.DateFormat.ISO, 1, Mapping.AmountMode.SIGNED, null, null, 2);
		StatementCheck.Result result = StatementCheck.check(rows, signed);
		assertThat(result.valid()).isFalse();
		assertThat(result.lines()).extracting(StatementCheck.Line::line).containsExactly(2, 3, 7);
		assertThat(result.lines().get(1).kind()).isEqualTo(RentEntry.Kind.PAYMENT);
		assertThat(result.lines().get(2).amount()).isEqualByComparingTo("1096.50");
		assertThat(result.problems()).extracting(StatementCheck.Problem::line).containsExactly(4, 5, 6);
		assertThat(result.problems().get(0).problems()).containsExactly("rent.import.problem.date.invalid");
		assertThat(result.problems().get(1).problems()).containsExactly("rent.import.problem.date.missing",
				"rent.import.problem.amount.invalid");
		assertThat(result.problems().get(2).problems()).containsExactly("rent.import.problem.description.missing",
				"rent.import.problem.amount.zero");
	}

	@Test
	void separateColumnsNeedExactlyOneAmountAndNoMinusSign() {
		List<CsvParser.Row> rows = CsvParser.parse("""
				03/05/2026,Rent,96.50,
				04/05/2026,UC,,96.50
				05/05/2026,Both,1.00,2.00
				06/05/2026,Neither,,
				07/05/2026,Minus,-5,
				""");
		Mapping separate = new Mapping(false, 0, Mapping.DateFormat.DAY_MONTH_YEAR, 1, Mapping.AmountMode.SEPARATE, 2,
				3, null);
		StatementCheck.Result result = StatementCheck.check(rows, separate);
		assertThat(result.lines()).extracting(StatementCheck.Line::kind)
			.containsExactly(RentEntry.Kind.CHARGE, RentEntry.Kind.PAYMENT);
		assertThat(result.problems()).extracting(p -> p.problems().get(0))
			.containsExactly("rent.import.problem.amount.both", "rent.import.problem.amount.missing",
					"rent.import.problem.amount.invalid");
	}

}
