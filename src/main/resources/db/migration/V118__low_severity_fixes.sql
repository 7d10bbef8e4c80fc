-- Low-severity findings (issue 10).

-- (item 6)

-- A contact note is saved once however often its form is sent: each note form carries a random key, and the
-- unique index turns a second (or concurrent) save with the same key into a look-up of the note already saved.
alter table contact_note add column submission_key uuid;
create unique index contact_note_submission_key_idx on contact_note (author_id, submission_key)
    where submission_key is not null;

-- A peer link ends when the person moves to another team (issue 10, item 1): the link is kept, with why it ended.
alter table peer_link add column end_reason varchar(20) check (end_reason in ('ENDED', 'TEAM_MOVE'));
update peer_link set end_reason = 'ENDED' where ended_at is not null;

-- A new activation code for an account that is in use closes that account (issue 10, item 4): the code remembers
-- that it did, so the person is told when they next sign in.
alter table activation_code add column closed_active_account boolean not null default false;
