package org.keywork.support;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AchievementRepository extends JpaRepository<Achievement, Long> {

	List<Achievement> findByServiceUserIdOrderByAchievedOnDescIdDesc(Long serviceUserId, Pageable pageable);

}
