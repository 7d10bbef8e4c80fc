package org.keywork.rent;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a checked statement in the background: every row in ONE transaction (batch
 * inserts of {@value #BATCH} rows), so either all of it is in the account or none. After
 * each batch the progress ({@code rent_import.rows_done}) is committed in a separate,
 * short transaction, so the progress page can show it while the import's own rows stay
 * invisible until the end. A failure rolls everything back and marks the import FAILED.
 * Its own small executor (two imports at a time, others queue; running ones finish on
 * shutdown) is not a bean, so the application's task executor is left as Boot sets it.
 */
@Component
class ImportRunner implements DisposableBean {

	static final int BATCH = 1000;

	private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final TransactionTemplate progress;

	private final ThreadPoolTaskExecutor executor;

	private final Clock clock;

	ImportRunner(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.progress = new TransactionTemplate(transactions);
		this.progress.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.executor = new ThreadPoolTaskExecutor();
		this.executor.setThreadNamePrefix("rent-import-");
		this.executor.setCorePoolSize(2);
		this.executor.setMaxPoolSize(2);
		this.executor.setQueueCapacity(100);
		this.executor.setWaitForTasksToCompleteOnShutdown(true);
		this.executor.setAwaitTerminationSeconds(60);
		this.executor.initialize();
		this.clock = clock;
	}

	void start(long importId, long personId, long accountId, List<StatementCheck.Line> lines) {
		try {
			this.executor.execute(() -> run(importId, personId, accountId, lines));
		}
		catch (RuntimeException ex) {
			failed(importId, ex);
		}
	}

	@Override
	public void destroy() {
		this.executor.shutdown();
	}

	private void run(long importId, long personId, long accountId, List<StatementCheck.Line> lines) {
		try {
			this.transaction.executeWithoutResult(status -> {
				Timestamp now = Timestamp.from(this.clock.instant());
				for (int from = 0; from < lines.size(); from += BATCH) {
					List<StatementCheck.Line> batch = lines.subList(from, Math.min(lines.size(), from + BATCH));
					List<Object[]> args = new ArrayList<>(batch.size());
					for (StatementCheck.Line line : batch) {
						args.add(new Object[] { personId, Date.valueOf(line.date()), line.kind().name(), line.amount(),
								line.description(), importId, now, accountId });
					}
					this.jdbc.batchUpdate("""
							insert into rent_entry (service_user_id, entry_date, kind, amount, description, source,
							  import_id, created_at, created_by)
							values (?, ?, ?, ?, ?, 'IMPORT', ?, ?, ?)
							""", args);
					int done = from + batch.size();
					this.progress.executeWithoutResult(
							s -> this.jdbc.update("update rent_import set rows_done = ? where id = ?", done, importId));
				}
				this.jdbc.update("""
						update rent_import set status = 'IMPORTED', rows_done = rows_total, finished_at = ?,
						  version = version + 1
						where id = ?
						""", Timestamp.from(this.clock.instant()), importId);
			});
			log.info("Rent import {} finished: {} entries for service user {}", importId, lines.size(), personId);
		}
		catch (RuntimeException ex) {
			failed(importId, ex);
		}
	}

	private void failed(long importId, RuntimeException ex) {
		// never the exception's message: a failed batch names the rows' values (the
		// statement's descriptions), and logs carry ids only
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String state = (root instanceof java.sql.SQLException sql) ? sql.getSQLState() : null;
		log.warn("Rent import {} failed and was rolled back: {} (SQL state {})", importId,
				root.getClass().getSimpleName(), state);
		this.progress.executeWithoutResult(s -> this.jdbc.update(
				"update rent_import set status = 'FAILED', rows_done = 0, version = version + 1 where id = ?",
				importId));
	}

	/**
	 * An import still RUNNING when the application starts was cut short by a stop: its
	 * transaction was rolled back with it, so it failed (it can be discarded or tried
	 * again instead of refreshing forever). An import runs for seconds, so one uploaded
	 * over an hour ago and still running was cut short.
	 */
	@org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
	void failImportsCutShort() {
		// uploaded over an hour ago: another instance's import of a minute ago is left
		// alone
		int cut = this.jdbc.update(
				"update rent_import set status = 'FAILED', rows_done = 0, version = version + 1"
						+ " where status = 'RUNNING' and uploaded_at < ?",
				Timestamp.from(this.clock.instant().minus(java.time.Duration.ofHours(1))));
		if (cut > 0) {
			log.warn("{} rent imports were running when the application stopped: marked failed", cut);
		}
	}

}
