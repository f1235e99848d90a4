-- One message per event and channel. The unique key is the last guard against a second SMS for one event: the
-- processed_event row written in the same transaction is the first.
create table delivery (
    id                  uuid        primary key,
    event_id            text        not null,
    event_type          text        not null,
    dossier_code        text        not null,
    channel             text        not null check (channel in ('SMS', 'ZALO', 'EMAIL')),
    recipient           text        not null,
    subject             text,
    body                text,
    html_body           text,
    template_id         text,
    template_data       text,
    status              text        not null check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts            int         not null default 0,
    provider_message_id text,
    last_error          text,
    next_attempt_at     timestamptz,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    sent_at             timestamptz,
    version             bigint      not null default 0,
    constraint delivery_one_per_event_and_channel unique (event_id, channel)
);
create index delivery_by_dossier on delivery (dossier_code, created_at);
create index delivery_due on delivery (next_attempt_at) where status <> 'SENT' and next_attempt_at is not null;
