-- Low-severity findings (issue 10), continued.

-- (item 7) The two lists administrators keep for the support records carry a version like every other admin-kept
-- list: a save made from a page opened before someone else's save is refused (409) instead of silently undoing it.
alter table life_area add column version bigint not null default 0;
alter table safety_category add column version bigint not null default 0;
