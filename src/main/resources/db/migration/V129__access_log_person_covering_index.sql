-- "Who has looked at my record" (portal) counts a person's access-log rows by day, role and team. The log keeps seven
-- years (V116), and every caseload a person is on logs them at each opening, so a person supported for years has tens of
-- thousands of rows. Reading role and team from the table meant one heap visit per row: 1.2 s for 117,000 rows at
-- national scale. With them in the index the count is read from the index alone (40 ms for the same rows;
-- docs/performance.md, sixteenth session). The new index replaces the old one of the same key, so a page's insert still
-- writes one index for the person.
-- Building it holds back inserts into the log (every page that shows a person) for as long as it takes: about 4 s for
-- 3 million rows. A service with a larger log can build it beforehand without that, with
-- "create index concurrently access_log_person_cover_idx on access_log (service_user_id, occurred_at desc)
-- include (role, team_id)", and this migration then only drops the old index.
create index if not exists access_log_person_cover_idx on access_log (service_user_id, occurred_at desc)
    include (role, team_id);
drop index if exists access_log_person_idx;
