-- Referrals and services (issue 14, item 5): a directory of agencies and the services they offer, with named
-- contacts, kept by administrators; a person's consent to share information (with an agency or someone named in
-- words); and referrals to an agency, each with its status history. Agencies and services are never deleted
-- (referrals and consents name them): they are taken out of use.

create table agency (
    id          bigserial    primary key,
    name        varchar(200) not null,
    kind        varchar(30)  not null check (kind in ('HEALTH', 'DRUGS_ALCOHOL', 'MENTAL_HEALTH', 'BENEFITS_DEBT',
                                                      'HOUSING', 'EMPLOYMENT_LEARNING', 'LEGAL', 'OTHER')),
    address     varchar(500),
    phone       varchar(50),
    email       varchar(200),
    website     varchar(300),
    active      boolean      not null default true,
    version     integer      not null default 0,
    created_at  timestamptz  not null default now(),
    created_by  bigint       references account (id),
    updated_at  timestamptz  not null default now()
);
create unique index agency_name_unique on agency (lower(name));
create index agency_created_by_idx on agency (created_by);

create table agency_service (
    id          bigserial    primary key,
    agency_id   bigint       not null references agency (id),
    name        varchar(200) not null,
    active      boolean      not null default true,
    position    integer      not null
);
create index agency_service_agency_idx on agency_service (agency_id);

create table agency_contact (
    id          bigserial    primary key,
    agency_id   bigint       not null references agency (id),
    name        varchar(200) not null,
    role        varchar(200),
    phone       varchar(50),
    email       varchar(200),
    position    integer      not null
);
create index agency_contact_agency_idx on agency_contact (agency_id);

-- the person's consent to share: with an agency from the directory or someone named in words; what may be shared
-- in words and by kind of record (comma-separated codes); valid from given_on, before expires_on and before
-- withdrawn_on. The consent is the person's own: always shown to them.
create table share_consent (
    id               bigserial     primary key,
    service_user_id  bigint        not null references service_user (id),
    agency_id        bigint        references agency (id),
    other_party      varchar(200),
    what             varchar(2000) not null,
    record_kinds     varchar(300)  not null default '',
    given_on         date          not null,
    expires_on       date,
    given_how        varchar(10)   not null check (given_how in ('VERBAL', 'WRITTEN', 'PORTAL')),
    withdrawn_on     date,
    withdrawn_by     bigint        references account (id),
    version          integer       not null default 0,
    created_at       timestamptz   not null default now(),
    created_by       bigint        references account (id),
    constraint share_consent_party check (agency_id is not null or other_party is not null),
    constraint share_consent_expiry check (expires_on is null or expires_on > given_on)
);
create index share_consent_person_idx on share_consent (service_user_id);
create index share_consent_agency_idx on share_consent (agency_id);
create index share_consent_withdrawn_by_idx on share_consent (withdrawn_by);
create index share_consent_created_by_idx on share_consent (created_by);

-- a referral to an agency (and one of its services, if named)
create table referral (
    id                  bigserial     primary key,
    service_user_id     bigint        not null references service_user (id),
    agency_id           bigint        not null references agency (id),
    service_id          bigint        references agency_service (id),
    reason              varchar(4000) not null,
    referred_on         date          not null,
    shares_information  boolean       not null,
    status              varchar(10)   not null check (status in ('MADE', 'ACCEPTED', 'DECLINED', 'WAITING',
                                                                 'ATTENDING', 'ENDED')),
    outcome             varchar(2000),
    outcome_good        boolean,
    withheld            boolean       not null default false,
    withheld_reason     varchar(20)   check (withheld_reason in ('THIRD_PARTY', 'SERIOUS_HARM', 'STAFF_SAFETY', 'OTHER')),
    withheld_detail     varchar(1000),
    version             integer       not null default 0,
    created_at          timestamptz   not null default now(),
    created_by          bigint        references account (id),
    constraint referral_withheld check (not withheld or withheld_reason is not null)
);
create index referral_person_idx on referral (service_user_id);
create index referral_agency_idx on referral (agency_id);
create index referral_service_idx on referral (service_id);
create index referral_created_by_idx on referral (created_by);

-- the life areas of the Support Overview a referral addresses
create table referral_life_area (
    referral_id     bigint      not null references referral (id),
    life_area_code  varchar(40) not null references life_area (code),
    primary key (referral_id, life_area_code)
);
create index referral_life_area_code_idx on referral_life_area (life_area_code);

-- every status a referral has had, the first being MADE on the referral date
create table referral_status_change (
    id           bigserial    primary key,
    referral_id  bigint       not null references referral (id),
    status       varchar(10)  not null check (status in ('MADE', 'ACCEPTED', 'DECLINED', 'WAITING', 'ATTENDING',
                                                         'ENDED')),
    changed_on   date         not null,
    note         varchar(1000),
    created_at   timestamptz  not null default now(),
    created_by   bigint       references account (id)
);
create index referral_status_change_referral_idx on referral_status_change (referral_id);
create index referral_status_change_created_by_idx on referral_status_change (created_by);
