package org.keywork.support;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SupportRecordEventRepository extends JpaRepository<SupportRecordEvent, Long> {

	List<SupportRecordEvent> findByRecordIdOrderByOccurredAtDescIdDesc(Long recordId);

	List<SupportRecordEvent> findByRecordIdAndLockVersionGreaterThanOrderByOccurredAtAscIdAsc(Long recordId,
			long lockVersion);

}
