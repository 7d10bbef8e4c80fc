package org.keywork.staff;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TeamRepository extends JpaRepository<Team, Long> {

	List<Team> findAllByOrderByNameAsc();

	List<Team> findByIdInOrderByNameAsc(Collection<Long> ids);

	boolean existsByNameIgnoreCase(String name);

}
