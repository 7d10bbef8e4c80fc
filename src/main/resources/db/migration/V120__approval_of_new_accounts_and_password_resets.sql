-- Issue 10 item 6, the remaining way round: an administrator could create a staff account with case access, or reset
-- the password of one, and sign in with the password they chose. Both now wait for a second administrator in the same
-- table as a change to an administrator's own role and teams (V119).
--   NEW_ACCOUNT     the account exists but is disabled until approved; role and team_ids are what the approver sees
--                   and what applies
--   PASSWORD_RESET  password_hash holds the new password's hash (never the password); the account keeps its old
--                   password until approved; no role or teams
--   ROLE_AND_TEAMS  as in V119
alter table account_change_approval
    add column kind varchar(20) not null default 'ROLE_AND_TEAMS'
        check (kind in ('ROLE_AND_TEAMS', 'NEW_ACCOUNT', 'PASSWORD_RESET')),
    add column password_hash varchar(255),
    alter column role drop not null,
    alter column team_ids drop not null,
    add constraint account_change_approval_kind_fields check (
        case kind
            when 'PASSWORD_RESET' then password_hash is not null and role is null and team_ids is null
            else password_hash is null and role is not null and team_ids is not null
        end);

-- one request of each kind may wait per account (a password reset may wait beside a change of role and teams)
drop index account_change_approval_one_pending;
create unique index account_change_approval_one_pending on account_change_approval (account_id, kind)
    where status = 'PENDING';
