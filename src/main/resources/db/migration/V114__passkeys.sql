-- Passkeys (ADR 019): the two tables Spring Security's JdbcPublicKeyCredentialUserEntityRepository and
-- JdbcUserCredentialRepository read and write, with their names and columns as Spring Security expects them
-- (org/springframework/security/user-entities-schema.sql and user-credentials-schema.sql), in PostgreSQL types.

-- The account as the authenticators know it: a random handle (never the account id), its username, its name.
create table user_entities (
    id           varchar(1000) not null primary key,
    name         varchar(100)  not null,
    display_name varchar(200)
);
-- one handle per account; an account that goes (never, in practice: accounts are deactivated) takes it along
create unique index user_entities_name_unique on user_entities (lower(name));

-- One row per passkey: its public key, how often it was used, the name the person gave it.
create table user_credentials (
    credential_id                varchar(1000) not null primary key,
    user_entity_user_id          varchar(1000) not null references user_entities (id) on delete cascade,
    public_key                   bytea         not null,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean       not null,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean       not null,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created                      timestamp,
    last_used                    timestamp,
    label                        varchar(1000) not null
);
create index user_credentials_user_idx on user_credentials (user_entity_user_id);
