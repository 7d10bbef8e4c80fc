package org.keywork.serviceusers;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface KeyworkerAssignmentRepository extends JpaRepository<KeyworkerAssignment, Long> {

	List<KeyworkerAssignment> findByServiceUserIdOrderByStartedAtDesc(Long serviceUserId);

	Optional<KeyworkerAssignment> findFirstByServiceUserIdAndEndedAtIsNullOrderByStartedAtDesc(Long serviceUserId);

}
