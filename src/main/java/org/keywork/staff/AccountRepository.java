package org.keywork.staff;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.keywork.security.Role;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByUsernameIgnoreCase(String username);

	boolean existsByUsernameIgnoreCase(String username);

	boolean existsByRole(Role role);

	@Query("""
			select a from Account a
			where (:q = '' or lower(a.username) like concat('%', :q, '%') or lower(a.displayName) like concat('%', :q, '%'))
			  and (:role is null or a.role = :role)
			  and a.role <> org.keywork.security.Role.SERVICE_USER
			""")
	Page<Account> search(@Param("q") String q, @Param("role") Role role, Pageable pageable);

	@EntityGraph(attributePaths = "teams")
	@Query("select a from Account a where a.id in :ids")
	List<Account> findWithTeamsByIdIn(@Param("ids") Collection<Long> ids);

	@Query(value = "select team_id from account_team where account_id = :accountId", nativeQuery = true)
	List<Long> findTeamIds(@Param("accountId") Long accountId);

}
