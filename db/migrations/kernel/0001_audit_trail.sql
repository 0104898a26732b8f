create schema if not exists kernel;

create table kernel.audit_events (
    id          uuid primary key,
    occurred_at timestamptz not null,
    actor_id    text not null check (length(actor_id) <= 200),
    actor_kind  text not null check (length(actor_kind) <= 40),
    address     text check (length(address) <= 64),
    request_id  text check (length(request_id) <= 100),
    action      text not null check (length(action) between 1 and 100),
    record_type text not null check (length(record_type) between 1 and 100),
    record_id   text not null check (length(record_id) between 1 and 200),
    changes     jsonb
);

create index audit_events_record_idx on kernel.audit_events (record_type, record_id, occurred_at);
create index audit_events_actor_idx on kernel.audit_events (actor_id, occurred_at);
create index audit_events_occurred_idx on kernel.audit_events (occurred_at);

-- The trail is append-only whatever role connects: rows can be added, never changed or removed.
create function kernel.refuse_audit_change() returns trigger
language plpgsql as $$
begin
    raise exception 'kernel.audit_events is append-only (% refused)', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_events_append_only
    before update or delete or truncate on kernel.audit_events
    for each statement execute function kernel.refuse_audit_change();
