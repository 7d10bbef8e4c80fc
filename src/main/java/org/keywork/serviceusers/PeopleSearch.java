package org.keywork.serviceusers;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.keywork.serviceusers.ServiceUserSearch.Condition;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The lists of people: a page of the people matching a {@link ServiceUserSearch} in the
 * teams the account may see, or of a peer's people, each row with its team's and
 * keyworker's names, and their number when the page is full (skipped when the first page
 * is not, as Spring Data does). Written in SQL and read through {@link JdbcClient}: as a
 * JPA criteria query Hibernate translated the search afresh on every request, and reading
 * the people as entities, then their names, cost about five times as much as reading the
 * rows the table shows (docs/performance.md).
 */
@Component
class PeopleSearch {

	/**
	 * The page of people first, then the names of its teams and keyworkers, so that only
	 * the page's rows look them up (joined before the limit, PostgreSQL hashed every
	 * account for each search).
	 */
	private static final String ROWS = """
			select s.*, (select t.name from team t where t.id = s.team_id) as team_name,
			       (select k.display_name from account k where k.id = s.keyworker_id) as keyworker_name
			from (select s.id, s.reference, s.legal_name, s.preferred_name, s.status, s.created_at, s.team_id,
			             s.keyworker_id
			      from service_user s where %s order by %s offset :offset limit :limit) s
			order by %s
			""";

	private static final RowMapper<PersonListRow> MAPPER = (rs, n) -> new PersonListRow(rs.getLong("id"),
			rs.getString("reference"), rs.getString("legal_name"), rs.getString("preferred_name"),
			ServiceUserStatus.valueOf(rs.getString("status")), rs.getString("team_name"),
			rs.getString("keyworker_name"));

	private final JdbcClient jdbc;

	PeopleSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Page<PersonListRow> find(ServiceUserSearch search, Set<Long> visibleTeamIds, Pageable page) {
		return page(search.toCondition(visibleTeamIds), search.orderBy(), page);
	}

	/** The people a peer support worker is linked to now, by name. */
	Page<PersonListRow> linkedToPeer(Long peerId, Pageable page) {
		return page(new Condition(
				"s.id in (select l.service_user_id from peer_link l where l.peer_id = :peer and l.ended_at is null)",
				Map.of("peer", peerId)), new ServiceUserSearch().orderBy(), page);
	}

	private Page<PersonListRow> page(Condition where, String orderBy, Pageable page) {
		List<PersonListRow> rows = this.jdbc.sql(ROWS.formatted(where.sql(), orderBy, orderBy))
			.params(where.params())
			.param("offset", page.getOffset())
			.param("limit", page.getPageSize())
			.query(MAPPER)
			.list();
		return PageableExecutionUtils.getPage(rows, page,
				() -> this.jdbc.sql("select count(*) from service_user s where " + where.sql())
					.params(where.params())
					.query(Long.class)
					.single());
	}

}
