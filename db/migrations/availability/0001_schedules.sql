create schema if not exists availability;

-- Weekly rules are wall-clock times in the location's zone; weekday is ISO (1 = Monday ... 7 = Sunday).
create table availability.weekly_rules (
    id              uuid primary key,
    practitioner_id uuid not null,
    location_id     uuid not null,
    weekday         smallint not null check (weekday between 1 and 7),
    start_time      time not null,
    end_time        time not null,
    effective_from  date,
    effective_until date,
    position        smallint not null,
    check (start_time < end_time),
    check (effective_until is null or effective_from is null or effective_from <= effective_until)
);

create index weekly_rules_practitioner_idx on availability.weekly_rules (practitioner_id);

create table availability.rule_breaks (
    rule_id    uuid not null references availability.weekly_rules (id) on delete cascade,
    start_time time not null,
    end_time   time not null,
    check (start_time < end_time),
    primary key (rule_id, start_time)
);

create table availability.exceptions (
    id              uuid primary key,
    practitioner_id uuid not null,
    kind            text not null check (kind in ('unavailable', 'available')),
    reason          text not null check (reason in ('holiday', 'sick_leave', 'training', 'other')),
    location_id     uuid,
    start_local     timestamp not null,
    end_local       timestamp not null,
    created_at      timestamptz not null,
    check (start_local < end_local),
    check (kind = 'unavailable' or location_id is not null)
);

create index exceptions_practitioner_idx on availability.exceptions (practitioner_id, start_local);
