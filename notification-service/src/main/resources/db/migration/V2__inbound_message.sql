-- Messages citizens sent us (SMS to the short code, Zalo OA), one row per provider message id: a provider that
-- delivers the same message again finds its row and gets the acknowledgement without a second answer. The rows of a
-- sender within the rate-limit window decide whether a new message is answered.
create table inbound_message (
    channel             text        not null check (channel in ('SMS', 'ZALO')),
    provider_message_id text        not null,
    sender              text        not null,
    received_at         timestamptz not null,
    outcome             text        not null check (outcome in ('ACCEPTED', 'ANSWERED', 'RATE_LIMITED')),
    primary key (channel, provider_message_id)
);
create index inbound_message_by_sender on inbound_message (channel, sender, received_at);
