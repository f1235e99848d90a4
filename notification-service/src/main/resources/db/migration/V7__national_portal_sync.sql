-- The national public-service portal sync (Cổng Dịch vụ công quốc gia, DongBoHoSoMC).

-- Per dossier: the dates the portal wants, the last status seen in the dossier events and the last one the portal
-- acknowledged. A dossier whose acked_version is behind last_seen_version is missing its last status at the portal.
create table national_portal_dossier (
    dossier_code          text        primary key,
    procedure_code        text        not null,
    agency_code           text        not null,
    online                boolean     not null,
    received_at           timestamptz,
    finished_at           timestamptz,
    returned_at           timestamptz,
    due_date              date,
    last_seen_event_id    text        not null,
    last_seen_version     bigint      not null,
    last_seen_status      text        not null,
    last_seen_status_code integer     not null,
    last_seen_at          timestamptz not null,
    acked_event_id        text,
    acked_version         bigint,
    acked_status          text,
    acked_status_code     integer,
    acked_at              timestamptz,
    updated_at            timestamptz not null
);

create index national_portal_dossier_unsynced on national_portal_dossier (agency_code, last_seen_at)
    where acked_version is null or acked_version < last_seen_version;

-- Per event: the push of its status. The primary key is what makes a redelivered event not pushed twice.
create table national_portal_push (
    event_id              text        primary key,
    event_type            text        not null,
    dossier_code          text        not null,
    aggregate_version     bigint      not null,
    status                text        not null,
    status_code           integer     not null,
    occurred_at           timestamptz not null,
    state                 text        not null
        check (state in ('PENDING', 'ACKNOWLEDGED', 'STALE', 'REFUSED', 'DEAD_LETTERED')),
    attempts              integer     not null default 0,
    last_error            text,
    portal_transaction_id text,
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    acknowledged_at       timestamptz
);

create index national_portal_push_dossier on national_portal_push (dossier_code, aggregate_version);

-- The daily report: one row per day, written by whichever instance gets there first.
create table national_portal_report (
    day         date        primary key,
    unsynced    integer     not null,
    items       jsonb       not null,
    created_at  timestamptz not null
);
