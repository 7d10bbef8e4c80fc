package org.keywork.staff;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TeamRepository extends JpaRepository<Team, Long> {

	List<Team> findAllByOrderByNameAsc();

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
