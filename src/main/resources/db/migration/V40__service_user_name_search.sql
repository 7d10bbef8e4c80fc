-- The service-user list's search (ServiceUserSearch) asks lower(legal_name), lower(preferred_name) or
-- lower(reference) LIKE '%words%'. A pattern that starts with a wildcard cannot use a b-tree; a trigram GIN index on
-- exactly the same expression can, and with one on each of the three the OR is answered by a bitmap OR of them.
-- pg_trgm is a trusted extension (PostgreSQL 13 and later), so the database owner may create it.
create extension if not exists pg_trgm;

create index service_user_legal_name_trgm_idx on service_user using gin (lower(legal_name) gin_trgm_ops);
create index service_user_preferred_name_trgm_idx on service_user using gin (lower(preferred_name) gin_trgm_ops);
create index service_user_reference_trgm_idx on service_user using gin (lower(reference) gin_trgm_ops);
