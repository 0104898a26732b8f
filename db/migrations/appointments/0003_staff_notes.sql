-- Notes staff write on an appointment at the desk ("paid cash", "needs the ground-floor room"); never shown to customers.
-- The author's name is kept as it was when the note was written, so the note reads the same after a rename.
create table appointments.staff_notes (
    id             uuid primary key,
    appointment_id uuid not null references appointments.appointments (id),
    author_id      text not null check (length(author_id) between 1 and 200),
    author_name    text not null check (length(author_name) between 1 and 200),
    body           text not null check (length(body) between 1 and 1000),
    created_at     timestamptz not null
);

create index staff_notes_appointment_idx on appointments.staff_notes (appointment_id, created_at);
