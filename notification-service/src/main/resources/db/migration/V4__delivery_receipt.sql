-- What the provider reported after taking the message: delivered to the handset (eSMS delivery report, Zalo
-- user_received_message) or not, and when. Receipts find their delivery by the provider's message id.
alter table delivery add column receipt text check (receipt in ('DELIVERED', 'UNDELIVERED'));
alter table delivery add column receipt_at timestamptz;
create index delivery_by_provider_message on delivery (channel, provider_message_id);
