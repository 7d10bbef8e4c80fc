package org.keywork.database;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;

/**
 * Several read queries sent to PostgreSQL as <b>one statement</b> (ADR 022). Code that
 * has something to read registers its query ({@link #sql}) and gets a {@link Later}; the
 * first {@link Later#get} sends every query registered so far, together:
 *
 * <pre>
 * select array_to_json(array(select q from (&lt;query 1&gt;) q))::text,
 *        array_to_json(array(select q from (&lt;query 2&gt;) q))::text, ...
 * </pre>
 *
 * and hands each query's rows, read back from JSON, to its own {@link RowMapper} through
 * a {@link java.sql.ResultSet} that answers the usual getters ({@link JsonRows}). A page
 * whose plug-ins each read their own table (the caseload's signals, the person page's
 * sections) costs one round trip and one statement instead of one per plug-in, and each
 * plug-in still writes the SQL for its own tables.
 * <p>
 * A batch with one query sends that query as it is. Parameters are named ({@code :name})
 * or positional ({@code ?}); each query's names are its own (they are renamed apart when
 * the queries are put together). A batch is not thread-safe: one belongs to one request.
 * <p>
 * What a mapper may ask of a row is what JSON keeps: use the typed getters
 * ({@code getLong}, {@code getString}, {@code getDate}, {@code getTimestamp},
 * {@code getObject(column, Type.class)}, ...); an untyped {@code getObject(column)} of a
 * number is refused, because JSON does not say whether it was an {@code int} or a
 * {@code bigint}.
 */
public final class Batch {

	/**
	 * Decimals read exactly, with their scale ({@code numeric(12,2)} 96.50 stays 96.50,
	 * not the double 96.5).
	 */
	private static final ObjectMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
		.build();

	private final NamedParameterJdbcOperations jdbc;

	private List<Part<?>> pending = new ArrayList<>();

	private int named;

	Batch(NamedParameterJdbcOperations jdbc) {
		this.jdbc = jdbc;
	}

	/** A query to add to this batch. */
	public Query sql(String sql) {
		return new Query(sql);
	}

	/** Sends every query registered and not yet sent, as one statement. */
	public void run() {
		if (this.pending.isEmpty()) {
			return;
		}
		List<Part<?>> parts = this.pending;
		this.pending = new ArrayList<>();
		if (parts.size() == 1) {
			parts.get(0).runAlone(this.jdbc);
			return;
		}
		try {
			runTogether(parts);
		}
		catch (RuntimeException ex) {
			// the statement failed: every query of it failed, each says so when read
			parts.forEach(part -> part.failed(ex));
		}
	}

	private void runTogether(List<Part<?>> parts) {
		Map<String, Object> params = new LinkedHashMap<>();
		List<String> sqls = new ArrayList<>(parts.size());
		for (Part<?> part : parts) {
			sqls.add(part.sql);
			params.putAll(part.params);
		}
		List<String> texts = BatchStatements.query(this.jdbc, sqls, params, (rs, n) -> {
			List<String> columns = new ArrayList<>(parts.size());
			for (int i = 1; i <= parts.size(); i++) {
				columns.add(rs.getString(i));
			}
			return columns;
		}).get(0);
		for (int i = 0; i < parts.size(); i++) {
			parts.get(i).fromJson(texts.get(i));
		}
	}

	/** A query being added: its parameters, then how to read a row. */
	public final class Query {

		private final String sql;

		private final Map<String, Object> named = new LinkedHashMap<>();

		private final List<Object> positional = new ArrayList<>();

		private Query(String sql) {
			this.sql = sql;
		}

		public Query param(String name, Object value) {
			this.named.put(name, value);
			return this;
		}

		/** The next positional ({@code ?}) parameter. */
		public Query param(Object value) {
			this.positional.add(value);
			return this;
		}

		public Query params(Object... values) {
			Collections.addAll(this.positional, values);
			return this;
		}

		/** Every row, mapped; sent with the rest of the batch. */
		public <T> Later<List<T>> query(RowMapper<T> mapper) {
			Part<T> part = new Part<>(Batch.this.named++, this.sql, this.named, this.positional, mapper);
			Batch.this.pending.add(part);
			return new Later<>(Batch.this, part::rows);
		}

		/** The first row, if any. */
		public <T> Later<Optional<T>> optional(RowMapper<T> mapper) {
			return query(mapper).map(rows -> rows.stream().findFirst());
		}

		/** The first column of every row, as {@code type}. */
		public <T> Later<List<T>> column(Class<T> type) {
			return query((rs, n) -> rs.getObject(1, type));
		}

	}

	/** One query of a batch, its parameters renamed apart, and once sent its rows. */
	private static final class Part<T> {

		private final String sql;

		private final Map<String, Object> params = new LinkedHashMap<>();

		private final RowMapper<T> mapper;

		private List<T> rows;

		private RuntimeException failure;

		Part(int number, String sql, Map<String, Object> named, List<Object> positional, RowMapper<T> mapper) {
			this.mapper = mapper;
			String prefix = "b" + number + "_";
			this.sql = BatchSql.renamed(sql, prefix, positional.size());
			named.forEach((name, value) -> this.params.put(prefix + name, value));
			for (int i = 0; i < positional.size(); i++) {
				this.params.put(prefix + BatchSql.POSITIONAL + i, positional.get(i));
			}
		}

		void runAlone(NamedParameterJdbcOperations jdbc) {
			try {
				this.rows = BatchStatements.query(jdbc, List.of(this.sql), this.params, this.mapper);
			}
			catch (RuntimeException ex) {
				this.failure = ex;
			}
		}

		void failed(RuntimeException ex) {
			if (this.rows == null) {
				this.failure = ex;
			}
		}

		void fromJson(String text) {
			List<T> result = new ArrayList<>();
			try (JsonParser parser = JSON.createParser(text)) {
				if (parser.nextToken() != JsonToken.START_ARRAY) {
					throw new IllegalStateException("a batched query's rows are not a JSON array");
				}
				int n = 0;
				JsonRows.Columns columns = null;
				while (parser.nextToken() == JsonToken.START_OBJECT) {
					List<String> names = (columns == null) ? new ArrayList<>() : null;
					List<Object> values = new ArrayList<>(columns == null ? 8 : columns.size());
					while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
						if (names != null) {
							names.add(parser.currentName());
						}
						parser.nextToken();
						values.add(value(parser));
					}
					if (columns == null) {
						// every row of one query has the same columns in the same order
						columns = new JsonRows.Columns(names);
					}
					result.add(this.mapper.mapRow(JsonRows.row(columns, values), n++));
				}
			}
			catch (java.sql.SQLException | RuntimeException ex) {
				// this query's rows could not be read: it fails when read, the others do
				// not
				this.failure = new IllegalStateException("could not read a batched query's rows", ex);
				return;
			}
			this.rows = result;
		}

		/**
		 * The value at the parser: scalars as plain Java values ({@link String},
		 * {@link Long}, {@link java.math.BigDecimal}, {@link Boolean}, null for JSON's
		 * null), without a tree node each (a dashboard reads thousands), objects and
		 * arrays as trees ({@link JsonNode}).
		 */
		private static Object value(JsonParser parser) {
			return switch (parser.currentToken()) {
				case VALUE_STRING -> parser.getText();
				case VALUE_NUMBER_INT -> parser.getLongValue();
				case VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
				case VALUE_TRUE -> Boolean.TRUE;
				case VALUE_FALSE -> Boolean.FALSE;
				case VALUE_NULL -> null;
				default -> (JsonNode) parser.readValueAsTree();
			};
		}

		List<T> rows() {
			if (this.failure != null) {
				throw this.failure;
			}
			if (this.rows == null) {
				throw new IllegalStateException("the batch has not been sent");
			}
			return this.rows;
		}

	}

}
