-- A category with topics is archived rather than deleted: its topics stay readable, nobody starts new ones.
alter table category add column archived_at timestamptz;

-- A FAQ entry a moderator takes back stays stored, out of the FAQ, until it is published again.
alter table faq_entry add column published boolean not null default true;
alter table faq_entry add column edited_by bigint;
alter table faq_entry add column edited_at timestamptz;

-- Settings admins change on the forum's admin page; a missing row means the configured default.
create table setting (
    name  text primary key,
    value text not null
);

-- The first external link of a post, when link previews are on.
create table post_link (
    post_id bigint primary key references post (id) on delete cascade,
    url     text   not null
);
create index post_link_url on post_link (url);

-- What a linked page says about itself, fetched in the background once per address. A WAITING row
-- is queued; FAILED means no card is shown (refused address, too large, too slow, not HTML).
create table link_preview (
    url         text primary key,
    status      text        not null default 'WAITING' check (status in ('WAITING', 'FETCHED', 'FAILED')),
    title       text,
    description text,
    site_name   text,
    queued_at   timestamptz not null default now(),
    fetched_at  timestamptz
);
create index link_preview_waiting on link_preview (queued_at) where status = 'WAITING';
