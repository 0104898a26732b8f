create schema if not exists access;

create table access.staff (
    id              uuid primary key,
    email           text not null check (length(email) between 3 and 254),
    email_key       text generated always as (lower(email)) stored,
    name            text not null check (length(name) between 1 and 200),
    role            text not null check (role in ('admin', 'operations', 'clinic_manager', 'reception', 'practitioner')),
    practitioner_id uuid,
    password_hash   text,
    active          boolean not null default true,
    -- Changes whenever a session must end: deactivation, password change, role or scope change.
    security_stamp  uuid not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    last_sign_in_at timestamptz,
    constraint staff_email_unique unique (email_key),
    constraint staff_practitioner_has_link check (role <> 'practitioner' or practitioner_id is not null)
);

create table access.staff_locations (
    staff_id    uuid not null references access.staff (id),
    location_id uuid not null,
    primary key (staff_id, location_id)
);

create index staff_locations_location_idx on access.staff_locations (location_id);

create table access.api_tokens (
    id           uuid primary key,
    staff_id     uuid not null references access.staff (id),
    name         text not null check (length(name) between 1 and 100),
    token_hash   bytea not null unique,
    token_prefix text not null,
    created_at   timestamptz not null,
    created_by   text not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);

create index api_tokens_staff_idx on access.api_tokens (staff_id);

create table access.sign_in_failures (
    id         bigint generated always as identity primary key,
    email_key  text not null,
    address    text not null,
    failed_at  timestamptz not null
);

create index sign_in_failures_email_idx on access.sign_in_failures (email_key, failed_at);
create index sign_in_failures_address_idx on access.sign_in_failures (address, failed_at);
