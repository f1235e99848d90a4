-- Deadlines: the clock's pauses, the overdue flag, apologies (form 04) and when the result became ready.
-- dossier.due_date stays the legal due date (moved by pauses only); rescheduled_due_date is the date promised in the
-- latest apology. Lateness is always judged against due_date.
alter table dossier add column processed_at timestamptz;
alter table dossier add column overdue_at timestamptz;
alter table dossier add column rescheduled_due_date date;
alter table dossier add column paid_payment_id text;

-- Non-transition entries of the audit trail (overdue flag, apology, payment not applied) keep from = to.
alter table dossier_history add column kind text not null default 'TRANSITION';

create table dossier_pause (
    id           bigserial primary key,
    dossier_id   bigint      not null references dossier (id),
    reason       text        not null check (reason in ('SUPPLEMENT', 'PAYMENT')),
    started_at   timestamptz not null,
    ended_at     timestamptz,
    working_days int
);
create index dossier_pause_dossier on dossier_pause (dossier_id, id);

create table dossier_apology (
    id           bigserial primary key,
    dossier_id   bigint      not null references dossier (id),
    officer      text        not null,
    issued_at    timestamptz not null,
    reason       text        not null,
    due_date     date        not null,
    new_due_date date        not null
);
create index dossier_apology_dossier on dossier_apology (dossier_id);
create index dossier_apology_issued on dossier_apology (issued_at);

-- The overdue scan looks only at open dossiers with a due date that were not flagged yet.
create index dossier_overdue_scan on dossier (due_date) where overdue_at is null and due_date is not null;
create index dossier_processed on dossier (processed_at) where processed_at is not null;
