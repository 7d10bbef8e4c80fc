-- The access log is kept for a set time (keywork.access-log.retention, seven years unless set otherwise) and a daily
-- clean-up deletes older rows in batches, oldest first: this index finds them without reading the whole log.
create index access_log_occurred_idx on access_log (occurred_at);
