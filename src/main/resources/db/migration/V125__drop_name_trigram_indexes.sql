-- The service-user search reaches people through their team and filters them with a plain "contains"
-- (ServiceUserSearch, ADR 023): with one plan for every search, these trigram indexes made PostgreSQL read all of
-- them for a one- or two-letter search, and nothing else uses them. Every insert and update of a person kept them.
drop index if exists service_user_legal_name_trgm_idx;
drop index if exists service_user_preferred_name_trgm_idx;
drop index if exists service_user_reference_trgm_idx;
