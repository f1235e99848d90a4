-- A receipt is written with the success it acknowledges and numbered just after, by NumberReceipts, in batches: the
-- agency's counter row is then locked once per batch for a few milliseconds, instead of by every successful callback
-- until its transaction ends. Numbers stay gapless: one is only ever given in the transaction that commits it.
alter table receipt alter column number drop not null;
create index receipt_to_number on receipt (issued_at, id) where number is null;
