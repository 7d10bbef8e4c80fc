package org.keywork.rent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads every row of a statement with a mapping into entries, or says, row by row, what
 * is wrong (problems are message keys {@code rent.import.problem.*}). All or nothing: a
 * statement with any problem imports nothing.
 */
final class StatementCheck {

	private static final Pattern MONEY = Pattern.compile("-?\\d{1,10}(\\.\\d{1,2})?");

	static final int DESCRIPTION_MAX = 200;

	private StatementCheck() {
	}

	/** A row read: the entry it becomes. */
	record Line(int line, LocalDate date, RentEntry.Kind kind, BigDecimal amount, String description) {
	}

	/** What is wrong with one row: its line number and the problems (message keys). */
	record Problem(int line, List<String> problems) {
	}

	record Result(List<Line> lines, List<Problem> problems) {

		public boolean valid() {
			return this.problems.isEmpty() && !this.lines.isEmpty();
		}

		public BigDecimal total(RentEntry.Kind kind) {
			return this.lines.stream()
				.filter(l -> l.kind() == kind)
				.map(Line::amount)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
		}

	}

	static Result check(List<CsvParser.Row> rows, Mapping mapping) {
		List<Line> lines = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		for (int i = mapping.hasHeader() ? 1 : 0; i < rows.size(); i++) {
			CsvParser.Row row = rows.get(i);
			List<String> wrong = new ArrayList<>();
			LocalDate date = date(row.field(mapping.dateColumn()), mapping.dateFormat(), wrong);
			String description = trim(row.field(mapping.descriptionColumn()));
			if (description == null) {
				wrong.add("rent.import.problem.description.missing");
			}
			else if (description.length() > DESCRIPTION_MAX) {
				wrong.add("rent.import.problem.description.long");
			}
			RentEntry.Kind kind = null;
			BigDecimal amount = null;
			if (mapping.amountMode() == Mapping.AmountMode.SIGNED) {
				BigDecimal signed = money(row.field(mapping.amountColumn()), true, wrong);
				if (signed != null && signed.signum() == 0) {
					wrong.add("rent.import.problem.amount.zero");
				}
				else if (signed != null) {
					kind = signed.signum() > 0 ? RentEntry.Kind.CHARGE : RentEntry.Kind.PAYMENT;
					amount = signed.abs();
				}
			}
			else {
				String chargeText = trim(row.field(mapping.chargeColumn()));
				String paymentText = trim(row.field(mapping.paymentColumn()));
				BigDecimal charge = chargeText == null ? null : money(chargeText, false, wrong);
				BigDecimal payment = paymentText == null ? null : money(paymentText, false, wrong);
				boolean hasCharge = charge != null && charge.signum() > 0;
				boolean hasPayment = payment != null && payment.signum() > 0;
				if (chargeText == null && paymentText == null) {
					wrong.add("rent.import.problem.amount.missing");
				}
				else if (hasCharge && hasPayment) {
					wrong.add("rent.import.problem.amount.both");
				}
				else if (hasCharge) {
					kind = RentEntry.Kind.CHARGE;
					amount = charge;
				}
				else if (hasPayment) {
					kind = RentEntry.Kind.PAYMENT;
					amount = payment;
				}
				else if (wrong.stream().noneMatch(w -> w.startsWith("rent.import.problem.amount"))) {
					wrong.add("rent.import.problem.amount.zero");
				}
			}
			if (wrong.isEmpty()) {
				lines.add(new Line(row.line(), date, kind, amount, description));
			}
			else {
				problems.add(new Problem(row.line(), wrong));
			}
		}
		return new Result(lines, problems);
	}

	private static LocalDate date(String text, Mapping.DateFormat format, List<String> wrong) {
		String value = trim(text);
		if (value == null) {
			wrong.add("rent.import.problem.date.missing");
			return null;
		}
		try {
			return LocalDate.parse(value, format.formatter());
		}
		catch (DateTimeParseException ex) {
			wrong.add("rent.import.problem.date.invalid");
			return null;
		}
	}

	/**
	 * An amount like {@code 96.50}, {@code £1,096.50} or (signed) {@code -96.50}; never
	 * read through floating point.
	 */
	private static BigDecimal money(String text, boolean signed, List<String> wrong) {
		String value = trim(text);
		if (value == null) {
			wrong.add("rent.import.problem.amount.missing");
			return null;
		}
		String plain = value.replace("£", "").replace(",", "").replace(" ", "");
		if (plain.startsWith("+")) {
			plain = plain.substring(1);
		}
		if (!MONEY.matcher(plain).matches() || (!signed && plain.startsWith("-"))) {
			wrong.add("rent.import.problem.amount.invalid");
			return null;
		}
		return new BigDecimal(plain).setScale(2);
	}

	private static String trim(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
