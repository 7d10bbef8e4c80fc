package org.keywork.staff;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TeamRepository extends JpaRepository<Team, Long> {

	List<Team> findAllByOrderByNameAsc();

	/**
	 * The teams with these ids, by name. The ids go as one text parameter read as an
	 * array, so the statement is the same whatever their number: a derived {@code in}
	 * query is translated again on every call (its list is part of the SQL), 12 % of the
	 * search page's app CPU at national scale (docs/performance.md).
	 */
	default List<Team> findByIdInOrderByNameAsc(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return findByIdsOrderByName(ids.stream().map(String::valueOf).collect(Collectors.joining(",")));
	}

	/** {@link #findByIdInOrderByNameAsc}, the ids joined by commas. */
	@Query(value = "select * from team where id = any(cast(string_to_array(:ids, ',') as bigint[])) order by name",
			nativeQuery = true)
	List<Team> findByIdsOrderByName(String ids);

	boolean existsByNameIgnoreCase(String name);

	boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

	/** How many active accounts belong to each team that has any. */
	@Query("""
			select t.id as teamId, count(a.id) as members
			from Account a join a.teams t
			where a.enabled = true
			group by t.id
			""")
	List<MemberCount> countActiveMembers();

	/** A team id and its number of active accounts. */
	interface MemberCount {

		Long getTeamId();

		Long getMembers();

	}

}
