-- Dossiers with their applicant and procedure snapshots; the history is the audit trail of every transition.
create table dossier (
    id                     bigserial primary key,
    code                   text        not null unique,
    version                bigint      not null,
    status                 text        not null,
    owner_subject          text        not null,
    channel                text        not null,
    delivery               text        not null,
    notify                 text        not null,
    applicant_full_name    text        not null,
    applicant_id_number    text        not null,
    applicant_phone        text        not null,
    applicant_email        text,
    applicant_address      text        not null,
    procedure_code         text        not null,
    procedure_version      int         not null,
    procedure_name         text,
    agency_code            text        not null,
    agency_name            text,
    agency_level           text        not null,
    service_level          int         not null,
    processing_days        int         not null,
    online_processing_days int         not null,
    fee_total              bigint      not null,
    cut_off_hour           int,
    form                   text        not null,
    documents              text        not null,
    submitted_at           timestamptz not null,
    accepted_at            timestamptz,
    due_date               date,
    resume_status          text,
    updated_at             timestamptz not null
);
create index dossier_agency_status on dossier (agency_code, status, submitted_at);
create index dossier_owner on dossier (owner_subject, submitted_at);

create table dossier_history (
    id          bigserial primary key,
    dossier_id  bigint      not null references dossier (id),
    actor       text        not null,
    actor_role  text        not null,
    at          timestamptz not null,
    from_status text,
    to_status   text        not null,
    reason      text
);
create index dossier_history_dossier on dossier_history (dossier_id, id);

-- The day's last sequence number per agency, incremented by an upsert (see DossierCodes).
create table dossier_sequence (
    agency_code text not null,
    day         date not null,
    last        bigint not null,
    primary key (agency_code, day)
);

-- Idempotency keys of submissions, per citizen, with the receipt a replay answers with.
create table submission_key (
    owner_subject   text        not null,
    idempotency_key text        not null,
    request_hash    text        not null,
    receipt         text,
    created_at      timestamptz not null default now(),
    primary key (owner_subject, idempotency_key)
);
