-- The Warwick-Edinburgh Mental Wellbeing Scale (WEMWBS, 14 statements) and its short form (SWEMWBS, 7 of them), as
-- data: the statement wording belongs to the scale's authors (the organisation registers for a licence), so it lives
-- here and never in code. Then the readings: a person's answers to one scale on one date, shared with the person by
-- default (ADR 012).

create table wellbeing_scale (
    code       varchar(10)  primary key check (code in ('WEMWBS', 'SWEMWBS')),
    name       varchar(200) not null,
    period     varchar(200) not null
);

insert into wellbeing_scale (code, name, period) values
    ('WEMWBS', 'Warwick-Edinburgh Mental Wellbeing Scale', 'Over the last 2 weeks'),
    ('SWEMWBS', 'Short Warwick-Edinburgh Mental Wellbeing Scale', 'Over the last 2 weeks');

-- the 14 WEMWBS statements, by their number in the scale
create table wellbeing_statement (
    number     integer      primary key check (number between 1 and 14),
    text       varchar(300) not null
);

insert into wellbeing_statement (number, text) values
    (1, 'I''ve been feeling optimistic about the future'),
    (2, 'I''ve been feeling useful'),
    (3, 'I''ve been feeling relaxed'),
    (4, 'I''ve been feeling interested in other people'),
    (5, 'I''ve had energy to spare'),
    (6, 'I''ve been dealing with problems well'),
    (7, 'I''ve been thinking clearly'),
    (8, 'I''ve been feeling good about myself'),
    (9, 'I''ve been feeling close to other people'),
    (10, 'I''ve been feeling confident'),
    (11, 'I''ve been able to make up my own mind about things'),
    (12, 'I''ve been feeling loved'),
    (13, 'I''ve been interested in new things'),
    (14, 'I''ve been feeling cheerful');

-- which statements each scale asks, in the order it asks them
create table wellbeing_scale_statement (
    scale_code       varchar(10) not null references wellbeing_scale (code),
    statement_number integer     not null references wellbeing_statement (number),
    position         integer     not null check (position between 1 and 14),
    primary key (scale_code, statement_number),
    constraint wellbeing_scale_statement_position unique (scale_code, position)
);
create index wellbeing_scale_statement_statement on wellbeing_scale_statement (statement_number);

insert into wellbeing_scale_statement (scale_code, statement_number, position)
select 'WEMWBS', number, number from wellbeing_statement;
insert into wellbeing_scale_statement (scale_code, statement_number, position) values
    ('SWEMWBS', 1, 1), ('SWEMWBS', 2, 2), ('SWEMWBS', 3, 3), ('SWEMWBS', 6, 4), ('SWEMWBS', 7, 5),
    ('SWEMWBS', 9, 6), ('SWEMWBS', 11, 7);

-- the five answers every statement takes, and the points each scores
create table wellbeing_answer_label (
    value      integer     primary key check (value between 1 and 5),
    label      varchar(50) not null
);

insert into wellbeing_answer_label (value, label) values
    (1, 'None of the time'), (2, 'Rarely'), (3, 'Some of the time'), (4, 'Often'), (5, 'All of the time');

-- One completed scale. Every statement is answered (the forms ask for all of them), so a reading always has its
-- raw total; score is what is compared and averaged: the raw total for WEMWBS, the metric score for SWEMWBS.
create table wellbeing_reading (
    id                bigserial    primary key,
    service_user_id   bigint       not null references service_user (id),
    scale_code        varchar(10)  not null references wellbeing_scale (code),
    taken_on          date         not null,
    completed_by      varchar(10)  not null check (completed_by in ('PERSON', 'WORKER')),
    raw_total         integer      not null check (raw_total between 7 and 70),
    score             numeric(5, 2) not null check (score between 7 and 70),
    withheld          boolean      not null default false,
    withheld_reason   varchar(20)  check (withheld_reason in ('THIRD_PARTY', 'SERIOUS_HARM', 'STAFF_SAFETY', 'OTHER')),
    withheld_detail   varchar(1000),
    created_at        timestamptz  not null,
    created_by        bigint       not null references account (id),
    constraint wellbeing_reading_withheld check (not withheld or withheld_reason is not null)
);
create index wellbeing_reading_person on wellbeing_reading (service_user_id, scale_code, taken_on);
create index wellbeing_reading_scale on wellbeing_reading (scale_code);
create index wellbeing_reading_created_by on wellbeing_reading (created_by);

create table wellbeing_answer (
    reading_id        bigint  not null references wellbeing_reading (id),
    statement_number  integer not null references wellbeing_statement (number),
    answer            integer not null check (answer between 1 and 5),
    primary key (reading_id, statement_number)
);
create index wellbeing_answer_statement on wellbeing_answer (statement_number);
