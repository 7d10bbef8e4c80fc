-- The withholding review (withholding.WithheldItems) lists, for the people of a team, the notes not shared with the
-- person and the shared notes with a staff-only detail. Without these, PostgreSQL read all of contact_note (3 million
-- rows at national scale, about 1.3 s each) to find them; with them it reads the few per person (docs/performance.md).
create index if not exists contact_note_withheld_idx on contact_note (service_user_id) where not shared;
create index if not exists contact_note_staff_only_idx on contact_note (service_user_id)
    where shared and staff_only_detail is not null;
