-- The officers' morning digest log: one row per officer and working day, whatever became of the digest (SENT with
-- the delivery that carries it, or NOTHING_DUE / NO_EMAIL). The primary key keeps a second instance, or a run after a
-- restart, from sending an officer a second digest the same day; it is written in the transaction of the delivery.
create table officer_digest (
    officer     text        not null,
    day         date        not null,
    agency_code text        not null,
    outcome     text        not null check (outcome in ('SENT', 'NOTHING_DUE', 'NO_EMAIL')),
    overdue     bigint      not null,
    due_soon    bigint      not null,
    delivery_id uuid        references delivery (id) deferrable initially deferred,
    created_at  timestamptz not null,
    primary key (officer, day)
);
