-- Whether an attempt at the delivery is under way (queued for a sender or sending): set when it is planned or claimed,
-- cleared when the attempt ends. A provider that recovers brings forward the deliveries waiting for it, never the
-- ones in flight, which would then be sent twice.
alter table delivery add column in_flight boolean not null default false;
create index delivery_waiting_by_channel on delivery (channel, next_attempt_at)
    where status <> 'SENT' and not in_flight and next_attempt_at is not null;
