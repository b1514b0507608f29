-- The monthly follow-up survey: a random sample of members whose requests closed last month.
create table survey (
    id          bigint generated always as identity primary key,
    member_id   bigint,
    month       date        not null,
    sent_at     timestamptz not null default now(),
    answered_at timestamptz,
    score       int check (score between 1 and 5),
    comment     text        not null default '',
    unique (member_id, month)
);
create index survey_month on survey (month);
