package org.keywork.database;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.stereotype.Component;

/** Starts {@link Batch batches} on the application's database. */
@Component
public class Batches {

	private final NamedParameterJdbcOperations jdbc;

	Batches(NamedParameterJdbcOperations jdbc) {
		this.jdbc = jdbc;
	}

	/** A new, empty batch, for one request. */
	public Batch start() {
		return new Batch(this.jdbc);
	}

}
