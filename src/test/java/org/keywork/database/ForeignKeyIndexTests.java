package org.keywork.database;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.keywork.KeyworkTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every foreign key is indexed: its columns are the leading columns of some index, so
 * reading a person's notes, plans or history by the key, and deleting or changing the row
 * it points to, never scans the whole table. Read from the PostgreSQL catalogue after
 * Flyway has run. A partial index counts only when all it leaves out is rows whose
 * (one-column) key is null, which no lookup by the key asks for.
 */
@KeyworkTest
class ForeignKeyIndexTests {

	/**
	 * Each foreign key of the schema that no index leads with, as "table(columns)
	 * constraint".
	 */
	private static final String UNINDEXED = """
			select format('%s(%s) %s', c.conrelid::regclass, string_agg(a.attname, ', ' order by k.ord), c.conname)
			from pg_constraint c
			cross join lateral unnest(c.conkey) with ordinality k(attnum, ord)
			join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum
			where c.contype = 'f' and c.connamespace = current_schema()::regnamespace
			  and not exists (
			    select 1 from pg_index i
			    where i.indrelid = c.conrelid and i.indisvalid
			      and (i.indkey::int2[])[0:cardinality(c.conkey) - 1] @> c.conkey
			      and (i.indkey::int2[])[0:cardinality(c.conkey) - 1] <@ c.conkey
			      and (i.indpred is null or cardinality(c.conkey) = 1
			        and pg_get_expr(i.indpred, i.indrelid) = format('(%I IS NOT NULL)', a.attname)))
			group by c.conrelid, c.conname
			order by 1
			""";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void everyForeignKeyLeadsAnIndex() {
		assertThat(unindexed())
			.as("foreign keys without an index that starts with their columns: add one in a new" + " migration")
			.isEmpty();
	}

	/**
	 * The catalogue query itself, on a table made for the purpose and rolled back (DDL is
	 * transactional).
	 */
	@Test
	void theCheckReportsAForeignKeyThatDoesNotLeadAnIndex() {
		TransactionTemplate rollback = new TransactionTemplate(this.transactions);
		List<String> found = rollback.execute(status -> {
			status.setRollbackOnly();
			this.jdbc.sql("""
					create table fk_probe (
					  id bigint primary key,
					  team_id bigint references team (id),
					  account_id bigint references account (id),
					  service_user_id bigint references service_user (id),
					  peer_id bigint references account (id)
					)""").update();
			this.jdbc.sql("create index fk_probe_team_idx on fk_probe (team_id, id)").update();
			this.jdbc.sql("create index fk_probe_second_idx on fk_probe (id, account_id)").update();
			this.jdbc.sql("create index fk_probe_person_idx on fk_probe (service_user_id) where service_user_id > 0")
				.update();
			this.jdbc.sql("create index fk_probe_peer_idx on fk_probe (peer_id) where peer_id is not null").update();
			return unindexed();
		});
		assertThat(found).filteredOn(key -> key.startsWith("fk_probe("))
			.containsExactly("fk_probe(account_id) fk_probe_account_id_fkey",
					"fk_probe(service_user_id) fk_probe_service_user_id_fkey");
	}

	private List<String> unindexed() {
		return this.jdbc.sql(UNINDEXED).query(String.class).list();
	}

}
