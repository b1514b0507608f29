-- A series of events repeating by a rule. Each date of the series is an event of its own, so that
-- seats, waiting list, reminders and cancellation work per date; the series keeps how it repeats,
-- as an RFC 5545 rule for reference, and the dates its organizer chose to skip.
create table event_series (
    id         bigint generated always as identity primary key,
    repeats    text        not null check (repeats in ('WEEKLY', 'MONTHLY_BY_DAY', 'MONTHLY_BY_WEEKDAY')),
    every      int         not null check (every between 1 and 12),
    rule       text        not null,
    skipped    date[]      not null default '{}',
    created_at timestamptz not null default now()
);
alter table event add column series_id bigint references event_series (id);
create index event_series_dates on event (series_id, starts_at) where series_id is not null;
-- The agenda's filter by town.
create index event_town on event (lower(town), starts_at) where cancelled_at is null and town is not null;
