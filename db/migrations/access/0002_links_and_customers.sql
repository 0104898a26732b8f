create table access.customers (
    id         uuid primary key,
    email      text not null check (length(email) between 3 and 254),
    email_key  text generated always as (lower(email)) stored,
    name       text not null check (length(name) between 1 and 200),
    phone      text check (length(phone) <= 40),
    created_at timestamptz not null,
    updated_at timestamptz not null,
    constraint customers_email_unique unique (email_key)
);

-- Single-use links sent by mail; only a hash of the secret is kept.
create table access.sign_in_links (
    id         uuid primary key,
    purpose    text not null check (purpose in ('password_reset', 'staff_invite', 'customer_sign_in')),
    subject_id uuid not null,
    token_hash bytea not null unique,
    created_at timestamptz not null,
    expires_at timestamptz not null check (expires_at > created_at),
    used_at    timestamptz
);

create index sign_in_links_subject_idx on access.sign_in_links (subject_id, purpose);
