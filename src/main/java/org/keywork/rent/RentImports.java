package org.keywork.rent;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

import org.keywork.security.KeyworkUser;
import org.keywork.serviceusers.ServiceUser;
import org.keywork.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Importing a landlord's statement into a person's rent account, in steps: upload (the
 * file is kept in {@code rent_import}, never in the URL or the session), column mapping,
 * preview with a row-by-row report, then the import itself, all rows in one transaction
 * in the background ({@link ImportRunner}) with its progress in {@code rows_done}. Who
 * may: staff who may change the person's records.
 */
@Service
@Transactional(readOnly = true)
class RentImports {

	private static final Logger log = LoggerFactory.getLogger(RentImports.class);

	private static final String COLUMNS = """
			select id, service_user_id, file_name, uploaded_at, status, has_header, date_column, date_format,
			  description_column, amount_mode, charge_column, payment_column, amount_column, rows_total, rows_done,
			  finished_at, version
			from rent_import
			""";

	private final JdbcClient jdbc;

	private final RentAccount account;

	private final ImportRunner runner;

	private final Clock clock;

	RentImports(JdbcClient jdbc, RentAccount account, ImportRunner runner, Clock clock) {
		this.jdbc = jdbc;
		this.account = account;
		this.runner = runner;
		this.clock = clock;
	}

	/**
	 * Keeps an uploaded statement for the next steps.
	 * @throws UploadException if it is empty or cannot be read as CSV
	 */
	@Transactional
	Long upload(KeyworkUser user, ServiceUser person, String fileName, byte[] bytes) {
		check(user, person);
		if (bytes == null || bytes.length == 0) {
			throw new UploadException("rent.import.file.required", 0);
		}
		String text;
		List<CsvParser.Row> rows;
		try {
			text = CsvParser.decode(bytes);
			rows = CsvParser.parse(text);
		}
		catch (CsvParser.CsvException ex) {
			throw new UploadException(ex.line() == 0 ? "rent.import.file.notText" : "rent.import.file.unclosedQuote",
					ex.line());
		}
		if (rows.isEmpty()) {
			throw new UploadException("rent.import.file.required", 0);
		}
		Long id = this.jdbc.sql("""
				insert into rent_import (service_user_id, uploaded_by, uploaded_at, file_name, content, content_hash)
				values (:person, :by, :now, :name, :content, :hash)
				returning id
				""")
			.param("person", person.getId())
			.param("by", user.getId())
			.param("now", Timestamp.from(this.clock.instant()))
			.param("name", fileName == null ? null : truncate(fileName, 255))
			.param("content", text)
			.param("hash", hash(text))
			.query(Long.class)
			.single();
		log.info("Rent statement {} uploaded for service user {} by account {}", id, person.getId(), user.getId());
		return id;
	}

	/**
	 * One import of the person's (404 otherwise); staff who may change the account only.
	 */
	RentImport get(KeyworkUser user, ServiceUser person, Long importId) {
		check(user, person);
		return this.jdbc.sql(COLUMNS + " where id = :id and service_user_id = :person")
			.param("id", importId)
			.param("person", person.getId())
			.query((rs, i) -> row(rs))
			.optional()
			.orElseThrow(() -> new NotFoundException("Rent import", importId));
	}

	/** The statement's rows as uploaded. */
	List<CsvParser.Row> rows(RentImport stored) {
		return CsvParser.parse(content(stored.id()));
	}

	/**
	 * Whether the same statement (the same content) was already imported into this
	 * person's account.
	 */
	boolean alreadyImported(RentImport stored) {
		return this.jdbc.sql("""
				select count(*) from rent_import o join rent_import i on i.id = :id
				where o.service_user_id = i.service_user_id and o.content_hash = i.content_hash and o.id <> i.id
				  and o.status in ('IMPORTED', 'RUNNING')
				""").param("id", stored.id()).query(Long.class).single() > 0;
	}

	/**
	 * Keeps the column mapping.
	 * @throws StaleImportException if the import moved on or changed since it was read
	 */
	@Transactional
	void map(KeyworkUser user, ServiceUser person, Long importId, long version, Mapping m) {
		get(user, person, importId);
		int changed = this.jdbc.sql("""
				update rent_import set has_header = :header, date_column = :dateColumn, date_format = :dateFormat,
				  description_column = :descriptionColumn, amount_mode = :mode, charge_column = :charge,
				  payment_column = :payment, amount_column = :amount, version = version + 1
				where id = :id and service_user_id = :person and status = 'PENDING' and version = :version
				""")
			.param("header", m.hasHeader())
			.param("dateColumn", m.dateColumn())
			.param("dateFormat", m.dateFormat().name())
			.param("descriptionColumn", m.descriptionColumn())
			.param("mode", m.amountMode().name())
			.param("charge", m.chargeColumn())
			.param("payment", m.paymentColumn())
			.param("amount", m.amountColumn())
			.param("id", importId)
			.param("person", person.getId())
			.param("version", version)
			.update();
		if (changed == 0) {
			throw new StaleImportException(importId);
		}
	}

	/** Every row read with the import's mapping, or what is wrong row by row. */
	StatementCheck.Result preview(RentImport stored) {
		if (stored.mapping() == null) {
			throw new StaleImportException(stored.id());
		}
		return StatementCheck.check(rows(stored), stored.mapping());
	}

	/**
	 * Starts importing every row in the background, in one transaction; nothing if any
	 * row is wrong.
	 * @throws StaleImportException if it is not waiting to be imported (already started,
	 * imported or discarded) or not mapped
	 * @throws InvalidStatementException if any row is wrong
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void start(KeyworkUser user, ServiceUser person, Long importId) {
		RentImport stored = get(user, person, importId);
		if (!stored.isPending()) {
			throw new StaleImportException(importId);
		}
		StatementCheck.Result result = preview(stored);
		if (!result.valid()) {
			throw new InvalidStatementException(importId);
		}
		int started = this.jdbc.sql("""
				update rent_import set status = 'RUNNING', rows_total = :total, rows_done = 0, version = version + 1
				where id = :id and status = 'PENDING' and version = :version
				""")
			.param("total", result.lines().size())
			.param("id", importId)
			.param("version", stored.version())
			.update();
		if (started == 0) {
			throw new StaleImportException(importId);
		}
		log.info("Import {} of {} rent entries for service user {} started by account {}", importId,
				result.lines().size(), person.getId(), user.getId());
		this.runner.start(importId, person.getId(), user.getId(), result.lines());
	}

	/** Puts aside an import that has not been (or could not be) imported. */
	@Transactional
	void discard(KeyworkUser user, ServiceUser person, Long importId) {
		get(user, person, importId);
		int changed = this.jdbc.sql("""
				update rent_import set status = 'DISCARDED', version = version + 1
				where id = :id and service_user_id = :person and status in ('PENDING', 'FAILED')
				""").param("id", importId).param("person", person.getId()).update();
		if (changed == 0) {
			throw new StaleImportException(importId);
		}
		log.info("Rent import {} of service user {} discarded by account {}", importId, person.getId(), user.getId());
	}

	private String content(long importId) {
		return this.jdbc.sql("select content from rent_import where id = ?")
			.param(importId)
			.query(String.class)
			.single();
	}

	private void check(KeyworkUser user, ServiceUser person) {
		if (!this.account.canChange(user, person)) {
			throw new AccessDeniedException("Cannot import into the rent account of " + person.getId());
		}
	}

	static String hash(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static RentImport row(ResultSet rs) throws SQLException {
		Mapping mapping = null;
		if (rs.getString("amount_mode") != null) {
			mapping = new Mapping(rs.getBoolean("has_header"), rs.getInt("date_column"),
					Mapping.DateFormat.valueOf(rs.getString("date_format")), rs.getInt("description_column"),
					Mapping.AmountMode.valueOf(rs.getString("amount_mode")), integer(rs, "charge_column"),
					integer(rs, "payment_column"), integer(rs, "amount_column"));
		}
		Timestamp finished = rs.getTimestamp("finished_at");
		return new RentImport(rs.getLong("id"), rs.getLong("service_user_id"), rs.getString("file_name"),
				rs.getTimestamp("uploaded_at").toInstant(), RentImport.Status.valueOf(rs.getString("status")), mapping,
				integer(rs, "rows_total"), rs.getInt("rows_done"), finished == null ? null : finished.toInstant(),
				rs.getLong("version"));
	}

	/**
	 * The uploaded file cannot be used: {@code messageKey} says why (at {@code line}).
	 */
	static class UploadException extends RuntimeException {

		private final String messageKey;

		private final int line;

		UploadException(String messageKey, int line) {
			super(messageKey);
			this.messageKey = messageKey;
			this.line = line;
		}

		String messageKey() {
			return this.messageKey;
		}

		int line() {
			return this.line;
		}

	}

	/**
	 * The import moved on (started, imported, discarded) or changed since it was read.
	 */
	static class StaleImportException extends RuntimeException {

		StaleImportException(Long importId) {
			super("Rent import " + importId + " changed since it was read");
		}

	}

	/** A row of the statement is wrong: nothing is imported. */
	static class InvalidStatementException extends RuntimeException {

		InvalidStatementException(Long importId) {
			super("Rent import " + importId + " has rows that cannot be read");
		}

	}

}
