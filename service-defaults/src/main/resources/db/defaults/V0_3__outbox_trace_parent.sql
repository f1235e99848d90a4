-- W3C trace context of the request that wrote the event, so the trace continues on the consumer's side.
alter table outbox_event add column trace_parent text;
