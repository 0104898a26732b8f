create schema if not exists catalog;

-- Local times of day as a range, so the database itself refuses overlapping opening hours.
create type catalog.time_range as range (subtype = time);

create table catalog.locations (
    id         uuid primary key,
    name       text not null check (length(name) between 1 and 200),
    time_zone  text not null check (length(time_zone) between 1 and 64),
    address    text check (length(address) <= 500),
    phone      text check (length(phone) <= 40),
    email      text check (length(email) <= 254),
    active     boolean not null default true,
    -- Phased roll-out: a location that is not live is invisible to customers but fully usable by staff.
    live       boolean not null default true,
    created_at timestamptz not null,
    updated_at timestamptz not null
);

-- Weekday numbers are .NET's DayOfWeek and PostgreSQL's extract(dow): 0 = Sunday.
create table catalog.opening_hours (
    location_id uuid not null references catalog.locations (id),
    weekday     smallint not null check (weekday between 0 and 6),
    opens       time not null,
    closes      time not null,
    constraint opening_hours_open_before_close check (closes > opens),
    constraint opening_hours_no_overlap exclude using gist (
        location_id with =, weekday with =, catalog.time_range(opens, closes) with &&)
);

create table catalog.closures (
    id          uuid primary key,
    location_id uuid not null references catalog.locations (id),
    date        date not null,
    start_time  time,
    end_time    time,
    reason      text not null check (length(reason) between 1 and 200),
    created_at  timestamptz not null,
    constraint closures_whole_day_or_range check ((start_time is null) = (end_time is null)),
    constraint closures_start_before_end check (end_time > start_time)
);

create index closures_location_date_idx on catalog.closures (location_id, date);

create table catalog.room_types (
    id         uuid primary key,
    name       text not null check (length(name) between 1 and 200),
    name_key   text generated always as (lower(name)) stored,
    created_at timestamptz not null,
    constraint room_types_name_unique unique (name_key)
);

create table catalog.rooms (
    id           uuid primary key,
    location_id  uuid not null references catalog.locations (id),
    room_type_id uuid not null references catalog.room_types (id),
    name         text not null check (length(name) between 1 and 200),
    active       boolean not null default true,
    created_at   timestamptz not null,
    updated_at   timestamptz not null
);

create index rooms_location_type_idx on catalog.rooms (location_id, room_type_id);

create table catalog.practitioners (
    id         uuid primary key,
    name       text not null check (length(name) between 1 and 200),
    email      text check (length(email) <= 254),
    staff_id   uuid unique,
    active     boolean not null default true,
    created_at timestamptz not null,
    updated_at timestamptz not null
);

create table catalog.practitioner_locations (
    practitioner_id uuid not null references catalog.practitioners (id),
    location_id     uuid not null references catalog.locations (id),
    primary key (practitioner_id, location_id)
);

create index practitioner_locations_location_idx on catalog.practitioner_locations (location_id);

create table catalog.service_categories (
    id         uuid primary key,
    name       text not null check (length(name) between 1 and 200),
    name_key   text generated always as (lower(name)) stored,
    created_at timestamptz not null,
    constraint service_categories_name_unique unique (name_key)
);

create table catalog.services (
    id                        uuid primary key,
    name                      text not null check (length(name) between 1 and 200),
    category_id               uuid references catalog.service_categories (id),
    description               text check (length(description) <= 4000),
    duration_minutes          integer not null check (duration_minutes between 5 and 480 and duration_minutes % 5 = 0),
    step_minutes              integer not null default 15 check (step_minutes between 5 and 480 and step_minutes % 5 = 0),
    buffer_before_minutes     integer not null default 0 check (buffer_before_minutes between 0 and 480),
    buffer_after_minutes      integer not null default 0 check (buffer_after_minutes between 0 and 480),
    price_cents               integer not null check (price_cents >= 0),
    currency                  text not null check (currency ~ '^[A-Z]{3}$'),
    room_type_id              uuid references catalog.room_types (id),
    visibility                text not null check (visibility in ('public', 'internal', 'seasonal', 'inactive')),
    season_start              date,
    season_end                date,
    requires_approval         boolean not null default false,
    min_notice_minutes        integer not null default 0 check (min_notice_minutes between 0 and 525600),
    max_advance_days          integer not null default 90 check (max_advance_days between 1 and 730),
    cancellation_window_hours integer not null default 24 check (cancellation_window_hours between 0 and 8760),
    prep_notes                text check (length(prep_notes) <= 4000),
    follow_up_rule            text check (length(follow_up_rule) <= 4000),
    created_at                timestamptz not null,
    updated_at                timestamptz not null,
    constraint services_season_dates check (
        visibility <> 'seasonal' or (season_start is not null and season_end is not null and season_end >= season_start))
);

create table catalog.service_locations (
    service_id  uuid not null references catalog.services (id),
    location_id uuid not null references catalog.locations (id),
    primary key (service_id, location_id)
);

create index service_locations_location_idx on catalog.service_locations (location_id);

create table catalog.service_practitioners (
    service_id      uuid not null references catalog.services (id),
    practitioner_id uuid not null references catalog.practitioners (id),
    primary key (service_id, practitioner_id)
);

create index service_practitioners_practitioner_idx on catalog.service_practitioners (practitioner_id);
