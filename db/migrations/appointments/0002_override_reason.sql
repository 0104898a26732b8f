-- Scheduling rule 10: a manager's override of rules 2, 3, 6 and 7 keeps its reason with the appointment (and in the audit trail).
alter table appointments.appointments
    add column override_reason text check (length(override_reason) between 1 and 500);
