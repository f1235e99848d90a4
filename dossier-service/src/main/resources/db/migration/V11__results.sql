-- The result each approved dossier was issued with. Either a file an officer uploaded (attachment_id) or a PDF generated
-- from the template (content). The verification code is what the QR code and the public check use.
create table dossier_result (
    id                bigserial   primary key,
    dossier_code      text        not null unique,
    verification_code text        not null unique,
    result_type       text        not null,
    attachment_id     uuid        references attachment (id),
    content           bytea,
    content_type      text        not null,
    issued_by         text        not null,
    issued_at         timestamptz not null,
    revoked_at        timestamptz,
    check ((attachment_id is null) <> (content is null))
);
