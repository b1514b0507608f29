-- The public tracker of the members' recommendations: cycles of participation, their
-- recommendations, and what the cooperative did with each, dated and explained.

create table cycle (
    id         bigserial primary key,
    name       text        not null unique,
    topic      text        not null,
    -- Invented statuses and history, shown with a notice so that nobody takes them for real.
    demo       boolean     not null default false,
    created_at timestamptz not null default now()
);

create table theme (
    id      bigserial primary key,
    name_fr text,
    name_nl text,
    name_en text
);

create table recommendation (
    id             bigserial primary key,
    cycle_id       bigint      not null references cycle (id) on delete cascade,
    number         int         not null,
    theme_id       bigint references theme (id),
    working_groups text[]      not null default '{}',
    title_fr       text,
    title_nl       text,
    title_en       text,
    text_fr        text,
    text_nl        text,
    text_en        text,
    -- A service of the offices module, by id.
    service_id     bigint,
    status         text        not null default 'RECEIVED',
    progress       int         not null default 0 check (progress between 0 and 100),
    decline_reason text,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    unique (cycle_id, number),
    check (status <> 'DECLINED' or decline_reason is not null)
);
create index recommendation_status on recommendation (cycle_id, status, updated_at);
create index recommendation_theme on recommendation (theme_id);

create table sub_point (
    recommendation_id bigint not null references recommendation (id) on delete cascade,
    letter            text   not null,
    text_fr           text,
    text_nl           text,
    text_en           text,
    primary key (recommendation_id, letter)
);

-- "See 9.c": a recommendation of the same cycle, and the letter of one of its points if given.
create table reference (
    from_id   bigint not null references recommendation (id) on delete cascade,
    to_id     bigint not null references recommendation (id) on delete cascade,
    to_letter text   not null default '',
    primary key (from_id, to_id, to_letter),
    check (from_id <> to_id)
);
create index reference_to on reference (to_id);

create table milestone (
    id                bigserial primary key,
    recommendation_id bigint not null references recommendation (id) on delete cascade,
    title             text   not null,
    due_on            date   not null,
    done_on           date
);
create index milestone_recommendation on milestone (recommendation_id, due_on);

-- A forum topic, group, event or other page about a recommendation, given by staff as an address.
create table related_link (
    id                bigserial primary key,
    recommendation_id bigint      not null references recommendation (id) on delete cascade,
    kind              text        not null,
    title             text        not null,
    url               text        not null,
    added_at          timestamptz not null default now()
);
create index related_link_recommendation on related_link (recommendation_id);

-- The public history: every change, when, by which role for which service, what and why.
create table change (
    id                bigserial primary key,
    recommendation_id bigint      not null references recommendation (id) on delete cascade,
    at                timestamptz not null default now(),
    actor_id          bigint,
    actor_role        text        not null,
    -- The service responsible at the time, shown with the role: staff act for a service, not as people.
    service_id        bigint,
    kind              text        not null,
    old_service_id    bigint,
    new_service_id    bigint,
    old_status        text,
    new_status        text,
    old_progress      int,
    new_progress      int,
    detail            text,
    note              text
);
create index change_recommendation on change (recommendation_id, at desc, id desc);
create index change_actor on change (actor_id) where actor_id is not null;

create table follower (
    recommendation_id bigint      not null references recommendation (id) on delete cascade,
    member_id         bigint      not null,
    since             timestamptz not null default now(),
    primary key (recommendation_id, member_id)
);
create index follower_member on follower (member_id);

create table comment (
    id                bigserial primary key,
    recommendation_id bigint      not null references recommendation (id) on delete cascade,
    author_id         bigint,
    body              text        not null,
    body_html         text        not null,
    created_at        timestamptz not null default now(),
    hidden_at         timestamptz,
    hidden_by         bigint
);
create index comment_recommendation on comment (recommendation_id, id);
create index comment_author on comment (author_id) where author_id is not null;
