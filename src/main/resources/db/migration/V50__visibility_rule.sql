-- One visibility rule (ADR 008): restricted narrows which staff read a note, withholding hides from the person.

-- A note may keep a staff-only detail (third-party information, say), withheld with a reason while the rest of the
-- note is shared with the person.
alter table contact_note add column staff_only_detail text;
alter table contact_note add column staff_only_reason varchar(20)
    check (staff_only_reason in ('THIRD_PARTY', 'SERIOUS_HARM', 'STAFF_SAFETY', 'OTHER'));
alter table contact_note add constraint contact_note_staff_only_needs_reason
    check (staff_only_detail is null or staff_only_reason is not null);
alter table contact_note_version add column staff_only_detail text;
alter table contact_note_version add column staff_only_reason varchar(20);

-- Peers by consent: the person's agreement (when, recorded by whom) and what the peer may see, narrowest by default.
alter table peer_link add column consent_given_on date;
alter table peer_link add column consent_recorded_by bigint references account (id);
alter table peer_link add column scope varchar(20) not null default 'ACTION_PLAN'
    check (scope in ('ACTION_PLAN', 'NOTES', 'OVERVIEW'));
create index peer_link_consent_recorded_by_idx on peer_link (consent_recorded_by);

-- History as data: an action code, the item it concerns and message arguments, rendered through the bundles.
alter table support_record_event add column item_id varchar(64);
alter table support_record_event add column args jsonb not null default '[]';
alter table support_record_event alter column action type varchar(40);

update support_record_event set action = 'GOAL_ADDED', args = jsonb_build_array(substr(detail, 13))
    where action = 'EDITED' and detail like 'Goal added: %';
update support_record_event set action = 'GOAL_CHANGED', args = jsonb_build_array(substr(detail, 15))
    where action = 'EDITED' and detail like 'Goal changed: %';
update support_record_event set action = 'STEP_ADDED', args = jsonb_build_array(substr(detail, 13))
    where action = 'EDITED' and detail like 'Step added: %';
update support_record_event set action = 'STEP_CHANGED', args = jsonb_build_array(substr(detail, 15))
    where action = 'EDITED' and detail like 'Step changed: %';
-- factor lines named the category; the code is kept where the name still matches one
update support_record_event e set action = 'FACTOR_ADDED',
    args = jsonb_build_array(coalesce((select c.code from safety_category c
        where c.name = regexp_replace(substr(e.detail, 17), ' \(withheld\)$', '') limit 1),
        regexp_replace(substr(e.detail, 17), ' \(withheld\)$', '')))
    where action = 'EDITED' and detail like 'Added a factor: %';
update support_record_event e set action = 'FACTOR_CHANGED',
    args = jsonb_build_array(coalesce((select c.code from safety_category c
        where c.name = regexp_replace(substr(e.detail, 19), ' \((withheld|shared)\)$', '') limit 1),
        regexp_replace(substr(e.detail, 19), ' \((withheld|shared)\)$', '')))
    where action = 'EDITED' and detail like 'Changed a factor: %';
update support_record_event e set action = 'FACTOR_REMOVED',
    args = jsonb_build_array(coalesce((select c.code from safety_category c where c.name = substr(e.detail, 19) limit 1),
        substr(e.detail, 19)))
    where action = 'EDITED' and detail like 'Removed a factor: %';
update support_record_event set action = 'CRISIS_CONTACTS_CHANGED', args = '[]'
    where action = 'EDITED' and detail = 'Changed the crisis contacts';
update support_record_event set action = 'NO_CHANGE', args = '[]'
    where action = 'EDITED' and detail = 'No changes';
update support_record_event set action = 'OVERVIEW_CHANGED', args = jsonb_build_array(substr(detail, 10))
    where action = 'EDITED' and detail like 'Changed: %';
update support_record_event
    set args = jsonb_build_array(regexp_replace(detail, ': [A-Z_]+$', ''), substring(detail from ': ([A-Z_]+)$'))
    where action = 'STEP_PROGRESS' and detail ~ ': [A-Z_]+$';
update support_record_event set args = jsonb_build_array(detail)
    where action in ('AGREED', 'WITHHELD') and detail is not null;
-- anything else that was free text stays readable as it was written
update support_record_event set args = jsonb_build_array(detail)
    where action = 'EDITED' and detail is not null;
alter table support_record_event drop column detail;
