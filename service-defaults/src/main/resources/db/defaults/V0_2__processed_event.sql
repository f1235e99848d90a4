-- The idempotent consumer: an event id is recorded in the same transaction as the side effect it caused.
create table processed_event (
    consumer     text        not null,
    event_id     text        not null,
    event_type   text        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
