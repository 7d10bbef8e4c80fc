package org.keywork.database;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.PreparedStatementCreatorFactory;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;

/**
 * The statement a {@link Batch} sends, made once for each shape and then reused: the text
 * joining the batch's queries, its named parameters parsed and replaced by {@code ?}. A
 * page sends the same queries on every request, and remaking a person page's 28 KB
 * statement each time (joining the parts, parsing the names, writing the {@code ?} text,
 * then hashing each new copy in Spring's and the driver's caches) was a few percent of
 * the page's CPU (docs/performance.md). With the same text instance each time, the driver
 * finds its prepared statement without reading the text again.
 * <p>
 * A shape is the queries' texts (the renamed texts {@link BatchSql} keeps, so the same
 * instances each time) and the size of every collection parameter, which is written as
 * that many {@code ?}. What is sent is exactly what {@link NamedParameterJdbcOperations}
 * would send; parameters given with a declared type ({@link SqlParameterValue}) go
 * through it unchanged, since their declaration is part of the statement, and so do lists
 * of tuples.
 */
final class BatchStatements {

	/**
	 * Bounded as Spring's own cache of parsed statements is, in case some code builds its
	 * text with values in it (none should): a page has a few shapes (by the reader's role
	 * and the size of their lists), the largest about 90 KB kept.
	 */
	static final int MOST_REMEMBERED = 256;

	private static final Map<Shape, Statement> STATEMENTS = new ConcurrentHashMap<>();

	private BatchStatements() {
	}

	/**
	 * The rows of the queries, joined as {@link Batch} joins them, sent as one statement.
	 */
	static <T> List<T> query(NamedParameterJdbcOperations jdbc, List<String> sqls, Map<String, Object> params,
			RowMapper<T> mapper) {
		List<String> collections = new ArrayList<>();
		for (Map.Entry<String, Object> param : params.entrySet()) {
			Object value = param.getValue();
			if (value instanceof SqlParameterValue || hasTuples(value)) {
				return jdbc.query(text(sqls), params, mapper);
			}
			if (value instanceof Iterable<?> iterable) {
				collections.add(param.getKey() + "=" + size(iterable));
			}
		}
		MapSqlParameterSource source = new MapSqlParameterSource(params);
		Shape shape = new Shape(List.copyOf(sqls), collections);
		Statement statement = STATEMENTS.get(shape);
		if (statement == null) {
			ParsedSql parsed = NamedParameterUtils.parseSqlStatement(text(sqls));
			statement = new Statement(parsed,
					new PreparedStatementCreatorFactory(NamedParameterUtils.substituteNamedParameters(parsed, source),
							NamedParameterUtils.buildSqlParameterList(parsed, source)));
			if (STATEMENTS.size() >= MOST_REMEMBERED) {
				STATEMENTS.clear();
			}
			STATEMENTS.put(shape, statement);
		}
		Object[] values = NamedParameterUtils.buildValueArray(statement.parsed(), source, null);
		return jdbc.getJdbcOperations().query(statement.factory().newPreparedStatementCreator(values), mapper);
	}

	static int remembered() {
		return STATEMENTS.size();
	}

	/** One query as it is; several as one {@code select} of each one's rows as JSON. */
	static String text(List<String> sqls) {
		if (sqls.size() == 1) {
			return sqls.get(0);
		}
		StringBuilder sql = new StringBuilder("select ");
		for (int i = 0; i < sqls.size(); i++) {
			if (i > 0) {
				sql.append(",\n");
			}
			sql.append("array_to_json(array(select q from (\n")
				.append(sqls.get(i))
				.append("\n) q))::text as part")
				.append(i);
		}
		return sql.toString();
	}

	private static int size(Iterable<?> iterable) {
		int size = 0;
		for (Object ignored : iterable) {
			size++;
		}
		return size;
	}

	/**
	 * A list of arrays, written as a list of tuples (none of Keywork's batches uses one).
	 */
	private static boolean hasTuples(Object value) {
		if (value instanceof Iterable<?> iterable) {
			for (Object element : iterable) {
				if (element instanceof Object[]) {
					return true;
				}
			}
		}
		return false;
	}

	private record Shape(List<String> sqls, List<String> collections) {
	}

	private record Statement(ParsedSql parsed, PreparedStatementCreatorFactory factory) {
	}

}
