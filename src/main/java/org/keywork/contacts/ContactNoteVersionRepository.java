package org.keywork.contacts;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContactNoteVersionRepository extends JpaRepository<ContactNoteVersion, Long> {

	List<ContactNoteVersion> findByContactNoteIdOrderByRevisionDesc(Long contactNoteId);

}
