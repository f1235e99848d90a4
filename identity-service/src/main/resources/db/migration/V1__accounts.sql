-- The people who sign in at the built-in identity provider. User names are stored lower-case, so unique means unique
-- whatever the case people type.
create table account (
    id              bigint generated always as identity primary key,
    username        varchar(64)  not null unique check (username = lower(username)),
    display_name    varchar(200) not null,
    -- DelegatingPasswordEncoder format: {argon2}$argon2id$..., the id names the algorithm so that hashes can be upgraded.
    password_hash   varchar(500) not null,
    agency_code     varchar(20),
    phone           varchar(20),
    email           varchar(254),
    enabled         boolean      not null default true,
    failed_attempts integer      not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null
);

create index account_agency_code on account (agency_code);

create table account_role (
    account_id bigint      not null references account (id) on delete cascade,
    role       varchar(20) not null check (role in ('CITIZEN', 'OFFICER', 'ADMIN')),
    primary key (account_id, role)
);

create index account_role_role on account_role (role);

-- Who did what to which account, when, under which correlation id: administration, failed sign-ins, lock-outs.
create table account_audit (
    id             bigint generated always as identity primary key,
    username       varchar(64)  not null,
    action         varchar(40)  not null,
    actor          varchar(64)  not null,
    detail         varchar(500),
    correlation_id varchar(100),
    occurred_at    timestamptz  not null
);

create index account_audit_username on account_audit (username, occurred_at);
