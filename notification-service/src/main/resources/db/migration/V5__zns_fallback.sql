-- A ZNS message keeps the SMS text of the same notification: if the ZNS fails for good, or is not delivered in time,
-- that text goes once by SMS (a delivery of the same event on the SMS channel, so never twice, and never when the
-- applicant also chose SMS).
alter table delivery add column fallback_sms text;
create index delivery_zns_awaiting_receipt on delivery (sent_at)
    where channel = 'ZALO' and status = 'SENT' and receipt is null and fallback_sms is not null;
