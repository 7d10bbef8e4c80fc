-- Administrators change a team's contact target and review interval per support level (issue 14); two of them
-- editing at once must not overwrite each other silently: each row carries a version for optimistic locking.
alter table intensity_default add column version bigint not null default 0;
