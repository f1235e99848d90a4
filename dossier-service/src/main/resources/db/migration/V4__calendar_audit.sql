-- Who last changed a calendar day, and every change (set or removed) for the audit trail.
alter table calendar_day add column updated_by text;
alter table calendar_day add column updated_at timestamptz;

create table calendar_change (
    id         bigserial primary key,
    day        date        not null,
    action     text        not null check (action in ('SET', 'REMOVED')),
    kind       text,
    name       text,
    changed_by text        not null,
    changed_at timestamptz not null
);
create index calendar_change_day on calendar_change (day, id);
