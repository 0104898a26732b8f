create table kernel.outbox_messages (
    id              uuid primary key,
    module          text not null check (length(module) between 1 and 40),
    event_type      text not null check (length(event_type) between 1 and 300),
    payload         jsonb not null,
    occurred_at     timestamptz not null,
    next_attempt_at timestamptz not null,
    attempts        integer not null default 0 check (attempts >= 0),
    processed_at    timestamptz,
    last_error      text
);

create index outbox_messages_pending_idx
    on kernel.outbox_messages (occurred_at, id)
    where processed_at is null;

-- One row per (message, handler): a handler's work and this row commit together, so a re-delivery is a no-op.
create table kernel.inbox_deliveries (
    message_id   uuid not null references kernel.outbox_messages (id),
    handler      text not null check (length(handler) between 1 and 300),
    delivered_at timestamptz not null,
    primary key (message_id, handler)
);
