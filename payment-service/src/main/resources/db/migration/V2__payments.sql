-- Payments of dossier fees (ARCHITECTURE §5). The payer's name and address are kept here, for the receipt; they never
-- travel on Kafka.
alter table payment
    add column provider_order_id       text,
    add column failure_reason          text,
    add column owner_subject           text,
    add column agency_code             text not null default '',
    add column agency_name             text,
    add column procedure_code          text,
    add column fee_name                text,
    add column payer_name              text,
    add column payer_address           text,
    add column redirect_url            text,
    add column qr_payload              text,
    add column partner_reference       text,
    add column provider_transaction_id text,
    add column provider_message        text,
    add column client_ip               text,
    add column expires_at              timestamptz,
    add column started_at              timestamptz,
    add column finished_at             timestamptz,
    add column paid_at                 timestamptz,
    add column refunded_amount         bigint not null default 0,
    add column refunded_at             timestamptz;
alter table payment alter column provider_order_id set not null;
alter table payment alter column agency_code drop default;
alter table payment add constraint payment_status_known
    check (status in ('CREATED', 'STARTED', 'SUCCESS', 'FAILED', 'ERROR'));
create unique index payment_provider_order on payment (provider, provider_order_id);
-- At most one payment being paid and at most one success per dossier: the second of two concurrent starts, or of two
-- successes, fails here rather than charging the citizen twice.
create unique index payment_one_open_per_dossier on payment (dossier_code) where status in ('CREATED', 'STARTED');
create unique index payment_one_success_per_dossier on payment (dossier_code) where status = 'SUCCESS';
create index payment_agency_created on payment (agency_code, created_at);
create index payment_pending on payment (created_at) where status in ('CREATED', 'STARTED');

-- Idempotency keys of POST /api/payments, per citizen: the request's hash and the answer it got.
create table payment_key (
    owner_subject   text        not null,
    idempotency_key text        not null,
    request_hash    text        not null,
    -- Checked at commit: the key is claimed first (a concurrent request with the same key then waits for it), the
    -- payment it names is written in the same transaction.
    payment_id      uuid        not null references payment (id) deferrable initially deferred,
    created_at      timestamptz not null default now(),
    primary key (owner_subject, idempotency_key)
);

-- Every callback exactly as it arrived, with what we made of it; refused ones too (ARCHITECTURE §5).
create table payment_callback (
    id              uuid        primary key,
    provider        text        not null,
    kind            text        not null,
    received_at     timestamptz not null,
    remote_address  text,
    content_type    text,
    query           jsonb       not null,
    body            text        not null,
    payment_id      uuid        references payment (id),
    provider_order_id text,
    amount          bigint,
    transaction_id  text,
    handling        text,
    verdict         text,
    reply_status    int
);
create index payment_callback_payment on payment_callback (payment_id, received_at);
create index payment_callback_unmatched on payment_callback (received_at) where handling in ('UNKNOWN_ORDER', 'WRONG_AMOUNT');

-- Refunds: at most one per payment (the whole amount); states submitted → success | error.
create table refund (
    id              uuid        primary key,
    payment_id      uuid        not null unique references payment (id),
    refund_order_id text        not null unique,
    amount          bigint      not null check (amount > 0),
    status          text        not null check (status in ('SUBMITTED', 'SUCCESS', 'ERROR')),
    reason          text        not null,
    requested_by    text        not null,
    provider_transaction_id text,
    provider_message text,
    created_at      timestamptz not null,
    finished_at     timestamptz,
    version         bigint      not null default 0
);
