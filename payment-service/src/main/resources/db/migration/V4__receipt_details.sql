-- What a receipt prints (Decree 123/2020 art. 32), copied from the payment and the configuration when it is issued: a
-- receipt never changes afterwards, even if an agency is renamed or its tax code is corrected in the configuration.
alter table receipt
    add column agency_name             text,
    add column agency_tax_code         text,
    add column dossier_code            text,
    add column fee_name                text,
    add column payer_name              text,
    add column payer_address           text,
    add column provider                text,
    add column provider_transaction_id text;

-- Receipts issued before this migration take what their payment says; no tax code was known then.
update receipt r
set agency_name             = p.agency_name,
    dossier_code            = p.dossier_code,
    fee_name                = p.fee_name,
    payer_name              = p.payer_name,
    payer_address           = p.payer_address,
    provider                = p.provider,
    provider_transaction_id = p.provider_transaction_id
from payment p
where p.id = r.payment_id;

alter table receipt
    alter column dossier_code set not null,
    alter column provider set not null;
