-- Works a member shows on their profile: a title, a few words, a picture and/or a link.
create table portfolio_item (
    id          bigint generated always as identity primary key,
    member_id   bigint      not null references profile (member_id) on delete cascade,
    position    integer     not null,
    title       text        not null,
    description text        not null default '',
    link        text        not null default '',
    image_id    bigint,
    created_at  timestamptz not null default now()
);

create index portfolio_item_by_member on portfolio_item (member_id, position);
