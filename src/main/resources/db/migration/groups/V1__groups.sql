-- Groups members start themselves: local (an office or a town), thematic, or a members' assembly.
-- A proposal waits for an advisor or an admin; approving it opens the group's forum category.
create table member_group (
    id                bigint generated always as identity primary key,
    name              text        not null,
    kind              text        not null check (kind in ('LOCAL', 'THEMATIC', 'ASSEMBLY')),
    office_id         bigint,
    town              text,
    description       text        not null,
    -- Rendered once when written, so that showing the group never parses Markdown.
    description_html  text        not null,
    languages         text[]      not null check (cardinality(languages) between 1 and 3),
    joining           text        not null check (joining in ('OPEN', 'REQUEST', 'INVITATION')),
    status            text        not null default 'PROPOSED' check (status in ('PROPOSED', 'APPROVED', 'REFUSED')),
    proposed_by       bigint,
    reviewed_by       bigint,
    refusal_reason    text,
    forum_category_id bigint,
    forum_path        text,
    member_count      int         not null default 0,
    created_at        timestamptz not null default now(),
    reviewed_at       timestamptz,
    check (kind <> 'LOCAL' or office_id is not null or town is not null),
    check (status <> 'REFUSED' or refusal_reason is not null)
);
create index member_group_listed on member_group (kind, name) where status = 'APPROVED';
create index member_group_waiting on member_group (created_at) where status = 'PROPOSED';
create index member_group_proposer on member_group (proposed_by);

-- Who belongs to a group, and who asked to or was invited; one row per person and group.
create table membership (
    group_id   bigint      not null references member_group (id) on delete cascade,
    member_id  bigint      not null,
    role       text        not null default 'MEMBER' check (role in ('ORGANIZER', 'MEMBER')),
    status     text        not null check (status in ('ACTIVE', 'REQUESTED', 'INVITED')),
    invited_by bigint,
    created_at timestamptz not null default now(),
    joined_at  timestamptz,
    primary key (group_id, member_id)
);
create index membership_member on membership (member_id, status);
create index membership_group_active on membership (group_id, role, joined_at, member_id) where status = 'ACTIVE';

-- Documents shared with the group's members; the content lives in the platform's file store.
create table document (
    id          bigint generated always as identity primary key,
    group_id    bigint      not null references member_group (id) on delete cascade,
    file_id     bigint      not null,
    uploaded_by bigint,
    name        text        not null,
    size        bigint      not null,
    created_at  timestamptz not null default now()
);
create index document_group on document (group_id, created_at desc);
create index document_uploader on document (uploaded_by);
