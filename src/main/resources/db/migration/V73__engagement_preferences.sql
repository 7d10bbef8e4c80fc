-- Engagement preferences (issue 14, item 8): how the person likes to be supported, in their own terms. One row per
-- person (none yet: nothing recorded). Staff record them on the person page; the person edits them in the portal.
-- They are the person's own preferences, so they are always shared with the person (never withheld).
create table engagement_preference (
    service_user_id   bigint        primary key references service_user (id),
    meet_at           varchar(200),
    -- comma-separated from HOME, CAFE, OFFICE, OUTDOORS, PHONE, VIDEO
    best_times        varchar(300),
    style             varchar(20)   check (style in ('FORMAL', 'INFORMAL', 'NO_PREFERENCE')),
    paperwork         varchar(20)   check (paperwork in ('AS_LITTLE_AS_POSSIBLE', 'HAPPY_WITH_IT', 'NO_PREFERENCE')),
    group_work        varchar(20)   check (group_work in ('ONE_TO_ONE', 'GROUP', 'EITHER')),
    peers_volunteers  varchar(20)   check (peers_volunteers in ('WELCOME', 'STAFF_ONLY', 'NO_PREFERENCE')),
    other             varchar(1000),
    changed_at        timestamptz   not null,
    changed_by        bigint        not null references account (id),
    version           bigint        not null default 0
);
create index engagement_preference_changed_by_idx on engagement_preference (changed_by);
