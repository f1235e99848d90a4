-- E-receipts (Decree 123/2020 art. 32, Circular 78/2021): one per successful payment, numbered per collecting agency
-- per year.
create table receipt_counter (
    agency_code text   not null,
    year        int    not null,
    last_number bigint not null,
    primary key (agency_code, year)
);

create table receipt (
    id                uuid        primary key,
    payment_id        uuid        not null unique references payment (id),
    agency_code       text        not null,
    year              int         not null,
    form_symbol       text        not null,
    receipt_symbol    text        not null,
    number            bigint      not null,
    verification_code text        not null unique,
    amount            bigint      not null,
    issued_at         timestamptz not null,
    unique (agency_code, year, receipt_symbol, number)
);
