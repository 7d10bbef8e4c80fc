-- How often each outcome measure (a star reading, a wellbeing scale) falls due for a person in the team, in months
-- after their last reading of that measure (the first one falls due this long after support started).
alter table team add column outcome_interval_months integer not null default 3
    check (outcome_interval_months between 1 and 24);
