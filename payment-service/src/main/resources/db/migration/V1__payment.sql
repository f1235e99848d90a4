-- A payment of one dossier's fee through one provider. Only the columns every later design needs; the payments issue
-- adds the provider references, idempotency key, callbacks and receipts in its own migrations.
create table payment (
    id           uuid        primary key,
    dossier_code text        not null,
    provider     text        not null,
    amount       bigint      not null check (amount > 0),
    status       text        not null,
    created_at   timestamptz not null,
    version      bigint      not null default 0
);
create index payment_dossier_code on payment (dossier_code);
