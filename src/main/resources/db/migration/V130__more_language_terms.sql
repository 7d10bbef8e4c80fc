-- More labelling words for the language check (V21): missed appointments written up as the person's failure,
-- and "client", which the product does not use for the people it supports (DOMAIN.md, "Language").
-- A term an administrator has already added is left as they set it.
insert into language_term (term, suggestion) values
    ('failed to attend', 'did not come; say why if it is known'),
    ('failed to engage', 'describe what happened, e.g. "did not answer when I visited"'),
    ('DNA', 'did not come; say why if it is known'),
    ('DNAd', 'did not come; say why if it is known'),
    ('client', 'the person''s name, or "the person"')
on conflict (term) do nothing;
