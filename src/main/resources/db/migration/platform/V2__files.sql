-- Files uploaded by people (photos, attachments), kept with the data so a backup has everything.
create table stored_file (
    id           bigint generated always as identity primary key,
    module       text        not null,
    owner_id     bigint      not null,
    name         text        not null,
    content_type text        not null,
    size         bigint      not null,
    sha256       bytea       not null,
    content      bytea       not null,
    created_at   timestamptz not null default now()
);
create index stored_file_owner on stored_file (module, owner_id);
