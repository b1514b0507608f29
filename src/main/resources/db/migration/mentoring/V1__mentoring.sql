-- Experienced members who offer mentoring. Skills are ids of the directory's vocabulary and the
-- town's centre is copied here, so that suggestions are ranked in one query of this schema.
create table mentor (
    member_id    bigint primary key,
    skill_ids    bigint[]         not null default '{}',
    sectors      text[]           not null default '{}',
    languages    text[]           not null check (cardinality(languages) >= 1),
    town_label   text,
    latitude     double precision check (latitude between -90 and 90),
    longitude    double precision check (longitude between -180 and 180),
    remote       boolean          not null default false,
    capacity     int              not null check (capacity between 1 and 10),
    -- Mentorships under way, counted under the mentor's row lock when one is accepted or ends.
    active_count int              not null default 0 check (active_count >= 0),
    about        text             not null default '',
    available    boolean          not null default true,
    created_at   timestamptz      not null default now(),
    updated_at   timestamptz      not null default now(),
    check ((latitude is null) = (longitude is null))
);
-- Suggestions only consider mentors who speak a language of the mentee and have a place left.
create index mentor_languages on mentor using gin (languages) where available;

-- A member looking for a mentor, with their project and what they hope to find.
create table mentoring_request (
    id          bigint generated always as identity primary key,
    mentee_id   bigint           not null,
    project     text             not null,
    skill_ids   bigint[]         not null default '{}',
    sectors     text[]           not null default '{}',
    languages   text[]           not null check (cardinality(languages) >= 1),
    town_label  text,
    latitude    double precision,
    longitude   double precision,
    remote_ok   boolean          not null default true,
    status      text             not null default 'OPEN' check (status in ('OPEN', 'ASKED', 'MATCHED', 'WITHDRAWN')),
    created_at  timestamptz      not null default now()
);
-- One request under way per member.
create unique index mentoring_request_current on mentoring_request (mentee_id) where status in ('OPEN', 'ASKED');

-- A mentee asking one mentor, then the mentorship itself: requested, active, ended (or declined, expired).
create table mentorship (
    id              bigint generated always as identity primary key,
    request_id      bigint references mentoring_request (id) on delete set null,
    mentor_id       bigint,
    mentee_id       bigint,
    status          text        not null check (status in ('REQUESTED', 'ACTIVE', 'ENDED', 'DECLINED', 'EXPIRED')),
    asked_at        timestamptz not null default now(),
    answer_due      timestamptz not null,
    accepted_at     timestamptz,
    closed_at       timestamptz,
    mentor_feedback text,
    mentee_feedback text
);
create index mentorship_mentor on mentorship (mentor_id, status);
create index mentorship_mentee on mentorship (mentee_id, status);
create index mentorship_request on mentorship (request_id, mentor_id);
create index mentorship_due on mentorship (answer_due) where status = 'REQUESTED';
-- A request asks one mentor at a time.
create unique index mentorship_one_asked on mentorship (request_id) where status = 'REQUESTED';

-- Notes of the pair's sessions, private to the mentor and the mentee.
create table session_log (
    id             bigint generated always as identity primary key,
    mentorship_id  bigint      not null references mentorship (id) on delete cascade,
    author_id      bigint,
    held_on        date        not null,
    note           text        not null,
    created_at     timestamptz not null default now()
);
create index session_log_mentorship on session_log (mentorship_id, held_on);
create index session_log_author on session_log (author_id);
