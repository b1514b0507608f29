-- The welcome booklet of an office for a year: chosen guides, in order, plus the office's contact
-- page. Each publication renders one PDF per language; earlier editions are kept.
create table booklet (
    id         bigserial primary key,
    office_id  bigint not null,
    year       int    not null check (year between 2000 and 2100),
    created_by bigint,
    created_at timestamptz not null default now(),
    unique (office_id, year)
);

create table booklet_item (
    booklet_id bigint not null references booklet (id) on delete cascade,
    position   int    not null,
    group_id   bigint not null references article_group (id) on delete cascade,
    primary key (booklet_id, group_id)
);

create table booklet_edition (
    id           bigserial primary key,
    booklet_id   bigint not null references booklet (id) on delete cascade,
    language     text   not null check (language in ('fr', 'nl', 'en')),
    file_id      bigint not null,
    pages        int    not null,
    published_by bigint,
    published_at timestamptz not null default now()
);

create index booklet_edition_latest on booklet_edition (booklet_id, language, published_at desc);
