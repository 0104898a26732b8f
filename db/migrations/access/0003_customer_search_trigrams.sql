-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
create extension if not exists pg_trgm;

-- Reception's customer search is a contains-match (ILIKE '%...%'), which no b-tree can serve: trigram indexes let
-- each arm of its OR use an index instead of reading every customer.
create index customers_name_trgm_idx on access.customers using gin (name gin_trgm_ops);
create index customers_email_trgm_idx on access.customers using gin (email gin_trgm_ops);
-- The phone's digits exactly as the search computes them: the query's expression must match this one to use it.
create index customers_phone_digits_trgm_idx on access.customers
    using gin (regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g') gin_trgm_ops);
