-- Towns members may pick; never an address. Filled by the GeoNames import, or with the demo towns.
create table place (
    id          bigint generated always as identity primary key,
    country     text             not null check (country in ('BE', 'FR')),
    postal_code text             not null,
    name_fr     text             not null,
    name_nl     text             not null,
    latitude    double precision not null check (latitude between -90 and 90),
    longitude   double precision not null check (longitude between -180 and 180),
    -- Postal code and both names, lowercased and without accents, for the town picker.
    search_text text             not null,
    unique (country, postal_code, name_fr)
);

-- The shared vocabulary of skills. A member may propose a new one; moderators translate or merge it.
create table skill (
    id          bigint generated always as identity primary key,
    label_fr    text    not null,
    label_nl    text    not null,
    label_en    text    not null,
    synonyms    text    not null default '',
    esco_uri    text unique,
    approved    boolean not null default true,
    proposed_by bigint,
    created_at  timestamptz not null default now()
);

-- One row per member who started a profile; a member without a row is hidden.
create table profile (
    member_id           bigint primary key,
    display_name        text        not null,
    headline            text        not null default '',
    bio                 text        not null default '',
    visibility          text        not null default 'HIDDEN' check (visibility in ('HIDDEN', 'MEMBERS', 'PUBLIC')),
    place_id            bigint references place (id),
    open_to_missions    boolean     not null default false,
    open_to_collaborate boolean     not null default false,
    offers_mentoring    boolean     not null default false,
    website             text        not null default '',
    links               text[]      not null default '{}',
    sectors             text[]      not null default '{}',
    languages           text[]      not null default '{}',
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    listed_at           timestamptz,
    version             bigint      not null default 0
);

create index profile_listed on profile (visibility, place_id);

create table profile_skill (
    member_id bigint not null references profile (member_id) on delete cascade,
    skill_id  bigint not null references skill (id) on delete cascade,
    primary key (member_id, skill_id)
);

create index profile_skill_by_skill on profile_skill (skill_id);

-- Every choice of visibility, with the version of the text the member read before choosing.
create table consent (
    id           bigint generated always as identity primary key,
    member_id    bigint      not null,
    visibility   text        not null check (visibility in ('HIDDEN', 'MEMBERS', 'PUBLIC')),
    text_version text        not null,
    given_at     timestamptz not null default now()
);

create index consent_by_member on consent (member_id);
