package org.keywork.serviceusers;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface KeyworkerAssignmentRepository extends JpaRepository<KeyworkerAssignment, Long> {

	Optional<KeyworkerAssignment> findFirstByServiceUserIdAndEndedAtIsNullOrderByStartedAtDesc(Long serviceUserId);

}
