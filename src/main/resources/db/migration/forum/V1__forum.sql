-- Networks, themes and office categories, in a tree. Counters are kept on the row so that the
-- forum index never counts a million posts.
create table category (
    id             bigint generated always as identity primary key,
    parent_id      bigint references category (id),
    slug           text        not null unique check (slug ~ '^[a-z0-9-]+$'),
    kind           text        not null check (kind in ('NETWORK', 'THEME', 'OFFICE')),
    office_id      bigint,
    name_fr        text        not null,
    name_nl        text        not null,
    name_en        text        not null,
    description_fr text        not null,
    description_nl text        not null,
    description_en text        not null,
    visibility     text        not null check (visibility in ('PUBLIC', 'MEMBERS')),
    position       int         not null default 0,
    topic_count    int         not null default 0,
    post_count     int         not null default 0,
    last_post_at   timestamptz
);
create index category_parent on category (parent_id, position);

-- Members or advisors who moderate one category (people with the MODERATOR role moderate all).
create table category_moderator (
    category_id bigint not null references category (id) on delete cascade,
    member_id   bigint not null,
    primary key (category_id, member_id)
);
create index category_moderator_member on category_moderator (member_id);

create table topic (
    id               bigint generated always as identity primary key,
    category_id      bigint      not null references category (id),
    author_id        bigint,
    title            text        not null,
    language         text        not null check (language in ('fr', 'nl', 'en')),
    pinned           boolean     not null default false,
    locked           boolean     not null default false,
    hidden           boolean     not null default false,
    pending          boolean     not null default false,
    solution_post_id bigint,
    -- A copy of the category's visibility, so that search can leave these topics out for visitors.
    members_only     boolean     not null default false,
    reply_count      int         not null default 0,
    created_at       timestamptz not null default now(),
    last_post_at     timestamptz not null default now(),
    last_author_id   bigint
);
-- The category page: the few pinned topics, then latest activity read by keyset, in any or one language.
create index topic_category_pinned on topic (category_id) where pinned and not hidden and not pending;
create index topic_category_activity on topic (category_id, last_post_at desc, id desc) where not pinned and not hidden and not pending;
create index topic_category_language on topic (category_id, language, last_post_at desc, id desc) where not pinned and not hidden and not pending;
create index topic_category_created on topic (category_id, created_at);
create index topic_author on topic (author_id);

create table post (
    id            bigint generated always as identity primary key,
    topic_id      bigint      not null references topic (id),
    author_id     bigint,
    body          text        not null,
    -- Rendered once when written, so that reading a topic never parses Markdown.
    body_html     text        not null,
    created_at    timestamptz not null default now(),
    edited_at     timestamptz,
    hidden        boolean     not null default false,
    pending       boolean     not null default false,
    official      boolean     not null default false,
    opening       boolean     not null default false,
    thanks_count  int         not null default 0
);
create index post_topic on post (topic_id, id);
create index post_author on post (author_id, created_at);
create index post_pending on post (topic_id) where pending;

alter table topic add constraint topic_solution foreign key (solution_post_id) references post (id);

-- Earlier versions of edited posts, for moderators.
create table post_revision (
    id         bigint generated always as identity primary key,
    post_id    bigint      not null references post (id) on delete cascade,
    editor_id  bigint,
    body       text        not null,
    replaced_at timestamptz not null default now()
);
create index post_revision_post on post_revision (post_id, id);

create table thanks (
    post_id   bigint not null references post (id) on delete cascade,
    member_id bigint not null,
    primary key (post_id, member_id)
);
create index thanks_member on thanks (member_id);

create table flag (
    id          bigint generated always as identity primary key,
    post_id     bigint      not null references post (id),
    category_id bigint      not null references category (id),
    reporter_id bigint,
    reason      text        not null check (reason in ('SPAM', 'RUDE', 'OFF_TOPIC', 'PERSONAL_DATA', 'OTHER')),
    note        text        not null default '',
    created_at  timestamptz not null default now(),
    resolved_at timestamptz,
    resolved_by bigint,
    outcome     text
);
create index flag_open on flag (category_id, created_at) where resolved_at is null;
create index flag_reporter on flag (reporter_id);

-- Who did what to which post or topic, and why.
create table moderation_log (
    id           bigint generated always as identity primary key,
    category_id  bigint      not null,
    topic_id     bigint,
    post_id      bigint,
    moderator_id bigint,
    action       text        not null,
    reason       text        not null,
    created_at   timestamptz not null default now()
);
create index moderation_log_category on moderation_log (category_id, id desc);

create table faq_entry (
    id           bigint generated always as identity primary key,
    topic_id     bigint      not null unique references topic (id),
    category_id  bigint      not null references category (id),
    question     text        not null,
    answer       text        not null,
    answer_html  text        not null,
    language     text        not null check (language in ('fr', 'nl', 'en')),
    promoted_by  bigint,
    promoted_at  timestamptz not null default now()
);
create index faq_entry_category on faq_entry (category_id);

-- What a member has read, per topic, and what they watch.
create table topic_read (
    member_id         bigint not null,
    topic_id          bigint not null references topic (id) on delete cascade,
    last_read_at      timestamptz not null,
    primary key (member_id, topic_id)
);

create table watch (
    member_id   bigint not null,
    category_id bigint references category (id) on delete cascade,
    topic_id    bigint references topic (id) on delete cascade,
    check ((category_id is null) <> (topic_id is null))
);
create unique index watch_category on watch (member_id, category_id) where category_id is not null;
create unique index watch_topic on watch (member_id, topic_id) where topic_id is not null;

-- A picture shown under a post, kept in the platform's file store, with its text for people who
-- cannot see it.
create table post_image (
    post_id  bigint primary key references post (id) on delete cascade,
    file_id  bigint not null unique,
    alt_text text   not null
);
