-- Both extensions are "trusted" since PostgreSQL 13: the database owner may create them without superuser rights.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- Folds Vietnamese text for search: lower case, no diacritics, đ to d. unaccent() is only STABLE (its dictionary could
-- change), so this wrapper names the dictionary explicitly and is declared IMMUTABLE to be usable in a stored column.
create function egov_fold(text) returns text
    language sql immutable strict parallel safe
as $$ select lower(translate(public.unaccent('public.unaccent'::regdictionary, $1), 'đĐ', 'dd')) $$;

create table agency (
    code        text primary key check (code ~ '^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$'),
    name        text not null,
    tier        text not null check (tier in ('CITY', 'DISTRICT', 'COMMUNE', 'CENTRAL')),
    parent_code text references agency (code) deferrable initially deferred
);

-- The aggregate: identity, status and the optimistic-lock/aggregate version. Its rules live in procedure_version.
create table procedure (
    code              text primary key,
    status            text        not null check (status in ('ACTIVE', 'RETIRED')),
    latest_version    int         not null,
    aggregate_version bigint      not null default 0,
    created_at        timestamptz not null,
    created_by        text        not null,
    retired_at        timestamptz
);

-- One published version of a procedure's rules. Rows are never updated or deleted (trigger below): a dossier keeps
-- the version it was submitted under.
create table procedure_version (
    procedure_code         text        not null references procedure (code),
    version                int         not null check (version >= 1),
    effective_from         date        not null,
    name                   text        not null,
    sector                 text        not null,
    agency_code            text        not null references agency (code),
    agency_tier            text        not null check (agency_tier in ('CITY', 'DISTRICT', 'COMMUNE', 'CENTRAL')),
    service_level          int         not null check (service_level between 1 and 4),
    processing_days        int         not null check (processing_days >= 1),
    online_processing_days int check (online_processing_days >= 1),
    fees                   jsonb       not null,
    fee_total              bigint      not null check (fee_total >= 0),
    documents              jsonb       not null,
    result_type            text        not null,
    legal_basis            text        not null,
    delivery_options       jsonb       not null,
    cut_off_hour           int check (cut_off_hour between 0 and 23),
    published_at           timestamptz not null,
    published_by           text        not null,
    search_name            text generated always as (egov_fold(name)) stored,
    search_extra           text generated always as (egov_fold(sector || ' ' || result_type)) stored,
    primary key (procedure_code, version)
);
create index procedure_version_effective on procedure_version (procedure_code, effective_from, version);
create index procedure_version_search_name on procedure_version using gin (search_name gin_trgm_ops);
create index procedure_version_search_extra on procedure_version using gin (search_extra gin_trgm_ops);

create function procedure_version_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'procedure versions are immutable once published (% v%)', old.procedure_code, old.version;
end $$;
create trigger procedure_version_immutable before update or delete on procedure_version
    for each row execute function procedure_version_is_immutable();

-- Who changed what, when (and why, for forced level changes).
create table procedure_audit (
    id             bigserial primary key,
    procedure_code text        not null references procedure (code),
    action         text        not null,
    actor          text        not null,
    at             timestamptz not null,
    details        jsonb       not null
);
create index procedure_audit_by_procedure on procedure_audit (procedure_code, id);

-- Dossiers received per procedure and calendar year (Asia/Ho_Chi_Minh), counted from vn.egov.dossier.submitted.
create table dossier_count (
    procedure_code   text not null,
    year             int  not null,
    total            int  not null default 0,
    online           int  not null default 0,
    online_level3    int  not null default 0,
    primary key (procedure_code, year)
);
