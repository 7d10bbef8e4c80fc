package org.keywork.contacts;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContactNoteRepository extends JpaRepository<ContactNote, Long> {

	Optional<ContactNote> findByIdAndServiceUserId(Long id, Long serviceUserId);

	Optional<ContactNote> findByAuthorIdAndSubmissionKey(Long authorId, UUID submissionKey);

}
