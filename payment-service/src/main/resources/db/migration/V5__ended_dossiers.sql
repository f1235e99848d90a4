-- Dossiers that ended in a status whose paid fee is refunded automatically (egov.payments.refunds.automatic-when), as
-- dossier-service announced them. A payment that succeeds after its dossier ended (the citizen paid while withdrawing)
-- is found here by the refund job and given back like one that was paid before.
create table ended_dossier (
    dossier_code text        primary key,
    status       text        not null,
    ended_at     timestamptz not null
);
create index ended_dossier_recent on ended_dossier (ended_at);
