-- Publishing a booklet asks for a new edition in each language; a background job typesets them.
-- The request shows the admins whether the edition is being prepared, ready or failed, and why.
create table booklet_publication (
    id           bigserial primary key,
    booklet_id   bigint not null references booklet (id) on delete cascade,
    status       text   not null default 'PREPARING' check (status in ('PREPARING', 'READY', 'FAILED')),
    failure      text,
    requested_by bigint,
    requested_at timestamptz not null default now(),
    finished_at  timestamptz
);

create index booklet_publication_latest on booklet_publication (booklet_id, requested_at desc);
