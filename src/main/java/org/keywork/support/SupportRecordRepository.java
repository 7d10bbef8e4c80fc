package org.keywork.support;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SupportRecordRepository extends JpaRepository<SupportRecord, Long> {

	Optional<SupportRecord> findFirstByServiceUserIdAndKindOrderByVersionNumberDesc(Long serviceUserId,
			RecordKind kind);

	Optional<SupportRecord> findByServiceUserIdAndKindAndVersionNumber(Long serviceUserId, RecordKind kind,
			int versionNumber);

	List<SupportRecord> findByServiceUserIdAndKindOrderByVersionNumberDesc(Long serviceUserId, RecordKind kind);

}
