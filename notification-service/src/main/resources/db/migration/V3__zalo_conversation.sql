-- Where each Zalo user's conversation with the OA stands: a status look-up waiting for the code or the phone, and the
-- assistant's conversation (whose procedure follow-up questions keep). One row per user, forgotten when stale.
create table zalo_conversation (
    user_id                   text        primary key,
    dossier_code              text,
    phone                     text,
    awaiting                  text        check (awaiting in ('CODE', 'PHONE')),
    assistant_conversation_id text,
    updated_at                timestamptz not null
);
