-- Every job firing, by node: shows what ran where and proves a clustered firing ran once.
create table kernel.job_runs (
    id                   bigint generated always as identity primary key,
    job_name             text not null,
    fire_instance_id     text not null,
    scheduled_fire_time  timestamptz,
    fired_at             timestamptz not null,
    finished_at          timestamptz not null,
    node                 text not null,
    succeeded            boolean not null,
    error                text
);

create index job_runs_job_idx on kernel.job_runs (job_name, fired_at);

create table kernel.settings (
    key        text primary key check (length(key) between 1 and 100),
    value      text not null,
    updated_at timestamptz not null default now()
);
