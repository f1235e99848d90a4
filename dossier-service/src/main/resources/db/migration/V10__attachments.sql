-- Uploaded files: the bytes are in the attachment storage under storage_key, the metadata here. The uploader owns a
-- file until a submission links it to a dossier (dossier_code), after which the dossier's access rules apply.
create table attachment (
    id             uuid        primary key,
    owner_subject  text        not null,
    procedure_code text        not null,
    document_code  text        not null,
    file_name      text        not null,
    content_type   text        not null,
    size_bytes     bigint      not null,
    sha256         text        not null,
    storage_key    text        not null unique,
    uploaded_at    timestamptz not null,
    dossier_code   text
);
create index attachment_dossier on attachment (dossier_code);
create index attachment_owner on attachment (owner_subject, uploaded_at);

-- What the one-stop shop received with each dossier: one row per submitted document, with the procedure's name for it
-- (for the receipt slip, form 01) and what the procedure says the agency will issue.
create table dossier_document (
    id            bigserial primary key,
    dossier_code  text not null,
    document_code text not null,
    document_name text not null,
    attachment_id uuid not null references attachment (id)
);
create index dossier_document_dossier on dossier_document (dossier_code, id);

create table dossier_intake (
    dossier_code text primary key,
    result_type  text
);
