package org.keywork.database;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;
import org.keywork.StatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Several queries in one statement: each query gets back exactly the rows, in the order
 * and with the values it would have got on its own.
 */
@KeyworkTest
class BatchTests {

	@Autowired
	Batches batches;

	@Autowired
	StatementCounter counter;

	@Autowired
	TransactionTemplate transactions;

	record Values(long id, String text, LocalDate day, Timestamp at, Instant instant, BigDecimal amount, boolean flag,
			Long nothing, Integer small, LocalTime time, String json, Long[] ids, String[] words, LocalDateTime local,
			OffsetDateTime offset) {
	}

	@Test
	void sendsEveryQueryInOneStatementAndReadsEachBackAsItWas() throws Exception {
		Object[] results = new Object[4];
		List<String> sent = this.counter.record(() -> this.transactions.executeWithoutResult(status -> {
			Batch batch = this.batches.start();
			Later<List<Values>> values = batch.sql("""
					select 9000000000 as id, 'it''s a "quote" -- not a comment: :not_a_param ?' as text,
					       date '2026-11-30' as day, timestamptz '2026-11-30 23:30:00+00' as at,
					       timestamptz '2026-11-30 12:00:00.123456+05:30' as instant, 12.50::numeric as amount,
					       true as flag, cast(null as bigint) as nothing, 7 as small, time '10:15' as time,
					       '{"a": [1, 2]}'::jsonb as json, array[3, 1, 2]::bigint[] as ids,
					       array['one', null, 'three'] as words, timestamp '2026-01-02 03:04:05.5' as local,
					       timestamptz '2026-06-01 09:00:00+01' as offset
					""")
				.query((rs, n) -> new Values(rs.getLong("id"), rs.getString("text"),
						rs.getObject("day", LocalDate.class), rs.getTimestamp("at"),
						rs.getObject("instant", Instant.class), rs.getBigDecimal("amount"), rs.getBoolean("flag"),
						rs.getObject("nothing", Long.class), rs.getObject("small", Integer.class),
						rs.getObject("time", LocalTime.class), rs.getString("json"),
						(Long[]) rs.getArray("ids").getArray(), (String[]) rs.getArray("words").getArray(),
						rs.getObject("local", LocalDateTime.class), rs.getObject("offset", OffsetDateTime.class)));
			Later<List<Integer>> ordered = batch
				.sql("select g from generate_series(1, 5) g where g > ? order by g desc")
				.param(1)
				.column(Integer.class);
			Later<Optional<String>> named = batch
				.sql("select string_agg(x, ',' order by x) from unnest(cast(:words as text[])) x where x <> :skip")
				.param("words", new String[] { "b", "a", "c" })
				.param("skip", "c")
				.optional((rs, n) -> rs.getString(1));
			Later<List<Long>> none = batch.sql("select 1::bigint where :skip = 'x'")
				.param("skip", "c")
				.column(Long.class);
			results[0] = values.get();
			results[1] = ordered.get();
			results[2] = named.get();
			results[3] = none.get();
		}));
		assertThat(sent).as("one statement for four queries").hasSize(1);
		Values v = ((List<Values>) results[0]).get(0);
		assertThat(v.id()).isEqualTo(9_000_000_000L);
		assertThat(v.text()).isEqualTo("it's a \"quote\" -- not a comment: :not_a_param ?");
		assertThat(v.day()).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(v.at().toInstant()).isEqualTo(Instant.parse("2026-11-30T23:30:00Z"));
		assertThat(v.instant()).isEqualTo(Instant.parse("2026-11-30T06:30:00.123456Z"));
		assertThat(v.amount()).as("the scale kept").isEqualTo(new BigDecimal("12.50"));
		assertThat(v.flag()).isTrue();
		assertThat(v.nothing()).isNull();
		assertThat(v.small()).isEqualTo(7);
		assertThat(v.time()).isEqualTo(LocalTime.of(10, 15));
		assertThat(v.json()).isEqualTo("{\"a\":[1,2]}");
		assertThat(v.ids()).containsExactly(3L, 1L, 2L);
		assertThat(v.words()).containsExactly("one", null, "three");
		assertThat(v.local()).isEqualTo(LocalDateTime.of(2026, 1, 2, 3, 4, 5, 500_000_000));
		assertThat(v.offset().toInstant()).isEqualTo(Instant.parse("2026-06-01T08:00:00Z"));
		assertThat(results[1]).isEqualTo(List.of(5, 4, 3, 2));
		assertThat(results[2]).isEqualTo(Optional.of("a,b"));
		assertThat(results[3]).isEqualTo(List.of());
	}

	@Test
	void aBatchOfOneSendsTheQueryAsItIs() throws Exception {
		List<String> sent = this.counter.record(() -> {
			Batch batch = this.batches.start();
			assertThat(batch.sql("select 41 + ?").param(1).column(Integer.class).get()).containsExactly(42);
		});
		assertThat(sent).singleElement().asString().doesNotContain("array_to_json");
	}

	@Test
	void queriesRegisteredAfterASendGoInTheNextStatement() throws Exception {
		List<String> sent = this.counter.record(() -> {
			Batch batch = this.batches.start();
			Later<List<Integer>> first = batch.sql("select 1").column(Integer.class);
			assertThat(first.get()).containsExactly(1);
			Later<List<Integer>> second = batch.sql("select 2").column(Integer.class);
			Later<List<Integer>> third = batch.sql("select 3").column(Integer.class);
			assertThat(third.get()).containsExactly(3);
			assertThat(second.get()).containsExactly(2);
			assertThat(first.map(List::size).get()).isEqualTo(1);
		});
		assertThat(sent).hasSize(2);
	}

	@Test
	void aRequestSharesOneBatchAndEachRequestHasItsOwn() {
		try {
			RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
			Batch first = this.batches.forRequest();
			assertThat(this.batches.forRequest()).isSameAs(first);
			RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
			assertThat(this.batches.forRequest()).isNotSameAs(first);
		}
		finally {
			RequestContextHolder.resetRequestAttributes();
		}
		assertThat(this.batches.forRequest()).isNotSameAs(this.batches.forRequest());
	}

	@Test
	void anUntypedNumberIsRefusedRatherThanGuessed() {
		Batch batch = this.batches.start();
		Later<List<Object>> one = batch.sql("select 1 as n").query((rs, n) -> rs.getObject("n"));
		batch.sql("select 2").column(Integer.class);
		assertThatThrownBy(one::get).rootCause().hasMessageContaining("getObject(column, Type.class)");
	}

	@Test
	void aQueryWhoseRowsCannotBeReadFailsAloneAndTheOthersAreRead() {
		Batch batch = this.batches.start();
		Later<List<Integer>> before = batch.sql("select 1").column(Integer.class);
		Later<List<Object>> broken = batch.sql("select 2 as n").query((rs, n) -> {
			throw new IllegalStateException("this mapper fails");
		});
		Later<List<Integer>> after = batch.sql("select 3").column(Integer.class);
		assertThatThrownBy(broken::get).rootCause().hasMessage("this mapper fails");
		assertThat(before.get()).containsExactly(1);
		assertThat(after.get()).containsExactly(3);
	}

	@Test
	void aNamedParameterCalledLikeAPositionalOneKeepsItsValue() {
		Batch batch = this.batches.start();
		Later<List<String>> both = batch.sql("select cast(:p0 as text) || cast(? as text)")
			.param("p0", "named ")
			.param("positional")
			.column(String.class);
		batch.sql("select 1").column(Integer.class);
		assertThat(both.get()).containsExactly("named positional");
	}

	@Test
	void aQueryGivenTheWrongNumberOfPositionalParametersIsRefused() {
		assertThatThrownBy(() -> this.batches.start().sql("select ?, ?").param(1).column(Integer.class))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aQueryRegisteredAgainIsRenamedOnceAndKeepsEachBatchsValues() {
		String sql = "select cast(:word as text) || cast(? as text) -- " + System.nanoTime();
		Batch first = this.batches.start();
		first.sql("select 1").column(Integer.class);
		Later<List<String>> one = first.sql(sql).param("word", "a").param("1").column(String.class);
		int remembered = BatchSql.remembered();
		Batch second = this.batches.start();
		second.sql("select 1").column(Integer.class);
		Later<List<String>> two = second.sql(sql).param("word", "b").param("2").column(String.class);
		assertThat(BatchSql.remembered()).isEqualTo(remembered);
		assertThat(one.get()).containsExactly("a1");
		assertThat(two.get()).containsExactly("b2");
	}

	@Test
	void aBatchSentAgainReusesItsStatementAndKeepsEachBatchsValues() {
		String sql = "select cast(:word as text) as word -- " + System.nanoTime();
		Batch first = this.batches.start();
		first.sql("select 1").column(Integer.class);
		Later<List<String>> one = first.sql(sql).param("word", "first").column(String.class);
		assertThat(one.get()).containsExactly("first");
		int remembered = BatchStatements.remembered();
		Batch second = this.batches.start();
		second.sql("select 1").column(Integer.class);
		Later<List<String>> two = second.sql(sql).param("word", "second").column(String.class);
		assertThat(two.get()).containsExactly("second");
		assertThat(BatchStatements.remembered()).isEqualTo(remembered);
	}

	@Test
	void aListOfAnotherSizeIsWrittenAsThatManyParameters() {
		String sql = "select x from unnest(array[1, 2, 3, 4]) x where x in (:xs) order by x -- " + System.nanoTime();
		for (List<Integer> xs : List.of(List.of(1, 2), List.of(1, 2, 3), List.of(4), List.of(1, 2))) {
			Batch batch = this.batches.start();
			Later<List<Integer>> alone = this.batches.start().sql(sql).param("xs", xs).column(Integer.class);
			batch.sql("select 1").column(Integer.class);
			Later<List<Integer>> together = batch.sql(sql).param("xs", xs).column(Integer.class);
			assertThat(alone.get()).isEqualTo(xs);
			assertThat(together.get()).isEqualTo(xs);
		}
	}

}
