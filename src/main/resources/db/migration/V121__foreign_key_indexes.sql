-- Foreign keys lead an index (ForeignKeyIndexTests): the approvals by account (the partial unique index covers only
-- the pending ones) and the sign-in history's resetting administrator.
create index account_change_approval_account_idx on account_change_approval (account_id);
create index sign_in_event_by_account_idx on sign_in_event (by_account_id);
