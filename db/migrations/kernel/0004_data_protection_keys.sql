-- The ASP.NET Core Data Protection key ring, shared by every host instance: a session cookie protected by one
-- node is read by any other, and survives a restart.
create table kernel.data_protection_keys (
    id            bigint generated always as identity primary key,
    friendly_name text not null check (length(friendly_name) between 1 and 200),
    xml           text not null,
    created_at    timestamptz not null default now()
);
