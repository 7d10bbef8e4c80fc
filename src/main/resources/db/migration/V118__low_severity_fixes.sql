-- Low-severity findings (issue 10, item 6).

-- A contact note is saved once however often its form is sent: each note form carries a random key, and the
-- unique index turns a second (or concurrent) save with the same key into a look-up of the note already saved.
alter table contact_note add column submission_key uuid;
create unique index contact_note_submission_key_idx on contact_note (author_id, submission_key)
    where submission_key is not null;
