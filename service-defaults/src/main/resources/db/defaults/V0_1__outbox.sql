-- The transactional outbox: written in the same transaction as the state change, relayed to Kafka in order.
create table outbox_event (
    seq              bigserial primary key,
    id               uuid        not null unique,
    topic            text        not null,
    record_key       text        not null,
    type             text        not null,
    subject          text        not null,
    data_schema      text        not null,
    data             jsonb       not null,
    aggregate_version bigint     not null,
    correlation_id   text,
    occurred_at      timestamptz not null,
    published_at     timestamptz,
    attempts         int         not null default 0,
    last_error       text
);
create index outbox_event_unpublished on outbox_event (seq) where published_at is null;
