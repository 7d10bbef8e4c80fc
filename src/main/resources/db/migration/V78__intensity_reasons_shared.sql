-- The person now reads their support level in the portal (issue 14). Reasons written before were written as staff-only
-- (the forms did not say the person would read them), so they stay staff-only (ADR 008: a later change never exposes
-- what was kept back when it was written); reasons written from now on are shared, and the forms say so.
alter table intensity_change add column reason_shared boolean not null default false;
alter table intensity_change alter column reason_shared set default true;
alter table intensity_crisis add column reasons_shared boolean not null default false;
alter table intensity_crisis alter column reasons_shared set default true;
