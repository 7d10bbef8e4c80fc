package org.keywork.serviceusers;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ServiceUserRepository extends JpaRepository<ServiceUser, Long> {

	@Query(value = "select nextval('service_user_reference_seq')", nativeQuery = true)
	long nextReferenceNumber();

	/**
	 * Possible duplicates: same name (ignoring case and surrounding spaces) and date of
	 * birth, in the given teams.
	 */
	@Query("""
			select s from ServiceUser s
			where lower(trim(s.legalName)) = lower(trim(:name)) and s.dateOfBirth = :dob and s.teamId in :teamIds
			order by s.id
			""")
	List<ServiceUser> findPossibleDuplicates(@Param("name") String name, @Param("dob") LocalDate dob,
			@Param("teamIds") Collection<Long> teamIds);

}
