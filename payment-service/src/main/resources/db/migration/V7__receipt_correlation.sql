-- The success event is published when the receipt is numbered, after the callback's transaction and outside its
-- request: the receipt keeps the callback's correlation id so that the event still carries it.
alter table receipt add column correlation_id text;
