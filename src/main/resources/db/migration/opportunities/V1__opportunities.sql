-- Offers and calls members, advisors and the cooperative publish for others to answer. The town's
-- names and centre are copied from the directory when chosen, so that searching by distance needs
-- no other schema.
create table opportunity (
    id           bigint generated always as identity primary key,
    kind         text        not null check (kind in ('MISSION', 'CALL_FOR_PROJECTS', 'GRANT', 'PARTNER', 'PREMISES')),
    title        text        not null,
    description  text        not null,
    -- Who may edit it; none once the author erased their account.
    author_id    bigint,
    by_cooperative boolean   not null default false,
    audience     text        not null default 'MEMBERS' check (audience in ('MEMBERS', 'PUBLIC')),
    place_kind   text        not null check (place_kind in ('TOWN', 'REGION', 'REMOTE')),
    town_id      bigint,
    town_fr      text,
    town_nl      text,
    latitude     double precision,
    longitude    double precision,
    region       text,
    languages    text[]      not null default '{}',
    budget       text        not null default '',
    deadline     date        not null,
    status       text        not null default 'OPEN' check (status in ('OPEN', 'FILLED', 'CLOSED')),
    hidden       boolean     not null default false,
    -- How many members were told about it when it was published; never who.
    reached      integer     not null default 0,
    -- Title and description lowercased and without accents, for searching.
    search_text  text        not null,
    search       tsvector generated always as (to_tsvector('simple', search_text)) stored,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    check ((place_kind = 'TOWN') = (town_id is not null and latitude is not null and longitude is not null)),
    check ((place_kind = 'REGION') = (region is not null))
);

-- Browsing shows open, shown opportunities by deadline; the rest is the authors' archive.
create index opportunity_open on opportunity (deadline, id) where status = 'OPEN' and not hidden;
create index opportunity_by_author on opportunity (author_id, id desc);
create index opportunity_search on opportunity using gin (search) where status = 'OPEN' and not hidden;

create table opportunity_skill (
    opportunity_id bigint not null references opportunity (id) on delete cascade,
    skill_id       bigint not null,
    primary key (opportunity_id, skill_id)
);

create index opportunity_skill_by_skill on opportunity_skill (skill_id, opportunity_id);

-- Reports of abuse, for moderators; resolved when a moderator hid the opportunity or dismissed them.
create table flag (
    id             bigint generated always as identity primary key,
    opportunity_id bigint      not null references opportunity (id) on delete cascade,
    reporter_id    bigint,
    reason         text        not null,
    created_at     timestamptz not null default now(),
    resolved_at    timestamptz
);

create index flag_open on flag (opportunity_id) where resolved_at is null;
create index flag_by_reporter on flag (reporter_id);

-- A member's choice about being told of matching opportunities; without a row, members open to
-- missions are told and others are not.
create table board_setting (
    member_id bigint  primary key,
    notify    boolean not null
);

-- When someone wrote to an author, to limit how often one may; the message itself is only in the mail.
create table contact_message (
    id             bigint generated always as identity primary key,
    opportunity_id bigint      not null references opportunity (id) on delete cascade,
    sender_id      bigint      not null,
    sent_at        timestamptz not null default now()
);

create index contact_message_by_sender on contact_message (sender_id, sent_at);
