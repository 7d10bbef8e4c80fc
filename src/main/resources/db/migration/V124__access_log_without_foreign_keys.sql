-- ADR 024: the access log is an audit trail written on every page that shows a person; it
-- keeps the ids it was given without foreign keys (checking them cost more than the insert
-- and locked the account and every person shown, FOR KEY SHARE, on every page view).
alter table access_log drop constraint access_log_account_id_fkey;
alter table access_log drop constraint access_log_service_user_id_fkey;
alter table access_log drop constraint access_log_team_id_fkey;
