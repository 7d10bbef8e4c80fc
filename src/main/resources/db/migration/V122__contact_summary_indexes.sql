-- The weekly-contact summary (contacts.ContactSummaries) reads each person's newest note of a kind from an index on
-- (person, time desc) and stops at the first match. contact_note_service_user_at_idx serves the common kinds; these
-- partial indexes serve the rarer ones, which would otherwise be searched for through all of a person's notes.
create index contact_note_attempts_idx on contact_note (service_user_id, contact_at desc)
    where type = 'ATTEMPTED_NO_ANSWER';
create index contact_note_peer_contacts_idx on contact_note (service_user_id, contact_at desc)
    where peer_contact;
create index contact_note_next_planned_idx on contact_note (service_user_id, contact_at desc)
    where next_contact_on is not null;
