-- btree_gist is a trusted extension (PostgreSQL 13+): the database owner may create it.
create extension if not exists btree_gist;

create schema if not exists appointments;

create table appointments.appointments (
    id                  uuid primary key,
    reference           text not null unique check (reference ~ '^[A-Z0-9]{4}-[A-Z0-9]{4}$'),
    status              text not null check (status in ('requested', 'confirmed', 'checked_in', 'completed', 'cancelled', 'no_show', 'rescheduled')),
    service_id          uuid not null,
    location_id         uuid not null,
    time_zone           text not null,
    practitioner_id     uuid not null,
    room_id             uuid,
    customer_id         uuid not null,
    start_at            timestamptz not null,
    end_at              timestamptz not null check (end_at > start_at),
    -- The appointment with its own service's buffers: what it holds of the practitioner's and the room's time.
    blocked             tstzrange not null check (lower(blocked) <= start_at and upper(blocked) >= end_at),
    source              text not null check (source in ('web', 'phone', 'walk_in', 'email', 'api')),
    notes               text check (length(notes) <= 2000),
    payment_status      text not null default 'not_required',
    cancellation_window_hours integer not null check (cancellation_window_hours >= 0),
    cancel_reason       text check (cancel_reason in ('customer_request', 'staff_unavailable', 'illness', 'duplicate_booking', 'no_show', 'operational_closure', 'other')),
    late_cancellation   boolean not null default false,
    rescheduled_from_id uuid references appointments.appointments (id),
    rescheduled_to_id   uuid references appointments.appointments (id),
    version             integer not null default 1,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    -- No practitioner and no room is ever double-booked, whatever path a booking comes by (scheduling rule 9).
    constraint appointments_practitioner_free exclude using gist (practitioner_id with =, blocked with &&)
        where (status in ('requested', 'confirmed', 'checked_in', 'completed', 'no_show')),
    constraint appointments_room_free exclude using gist (room_id with =, blocked with &&)
        where (room_id is not null and status in ('requested', 'confirmed', 'checked_in', 'completed', 'no_show'))
);

-- A retried POST with the same Idempotency-Key gets the first answer back instead of a second booking.
create table appointments.idempotency_keys (
    caller        text not null check (length(caller) <= 200),
    key           text not null check (length(key) between 1 and 200),
    appointment_id uuid not null references appointments.appointments (id),
    created_at    timestamptz not null,
    primary key (caller, key)
);

create index appointments_location_start_idx on appointments.appointments (location_id, start_at);
create index appointments_customer_idx on appointments.appointments (customer_id, start_at);
