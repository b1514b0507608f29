-- Events of the agenda. The time zone is kept with the event so that a session at 10:00 in Lille
-- stays at 10:00 there whatever the reader's zone; the seats taken are counted under a row lock.
create table event (
    id            bigint generated always as identity primary key,
    title         text        not null,
    description   text        not null,
    type          text        not null check (type in ('INFORMATION_SESSION', 'TOOL_TRAINING', 'WELCOME_BREAKFAST',
                                                      'NETWORKING', 'ASSEMBLY', 'MEMBER_EVENT')),
    language      text        not null,
    starts_at     timestamptz not null,
    ends_at       timestamptz not null check (ends_at > starts_at),
    time_zone     text        not null,
    office_id     bigint,
    town          text,
    online_url    text,
    organizer_id  bigint,
    capacity      int check (capacity > 0),
    question      text,
    cancelled_at  timestamptz,
    reminded_at   timestamptz,
    created_at    timestamptz not null default now(),
    check ((office_id is not null)::int + (town is not null)::int + (online_url is not null)::int = 1)
);
create index event_upcoming on event (starts_at, id) where cancelled_at is null;
create index event_office on event (office_id, starts_at) where cancelled_at is null;
create index event_organizer on event (organizer_id);

-- A seat or a place on the waiting list; the waiting list is served in the order people joined it.
create table registration (
    id         bigint generated always as identity primary key,
    event_id   bigint      not null references event (id) on delete cascade,
    member_id  bigint      not null,
    status     text        not null check (status in ('REGISTERED', 'WAITING')),
    answer     text        not null default '',
    created_at timestamptz not null default now(),
    unique (event_id, member_id)
);
create index registration_member on registration (member_id);
create index registration_waiting on registration (event_id, id) where status = 'WAITING';
-- Seats taken are counted for every event of a list or a month: from the index alone.
create index registration_seats on registration (event_id) where status = 'REGISTERED';

-- The secret of a member's private calendar feed: a long random value, replaced on request.
create table feed_secret (
    member_id  bigint primary key,
    secret     text        not null unique,
    created_at timestamptz not null default now()
);
