-- A member's rating of the answer, once the request is closed.
create table rating (
    request_id bigint primary key references request (id) on delete cascade,
    score      int         not null check (score between 1 and 5),
    comment    text        not null default '',
    created_at timestamptz not null default now()
);

-- Figures per month of reception, pole, office and topic, computed by a job from the requests so
-- that a yearly report reads a few thousand rows, not half a million requests. Times are in
-- business seconds: inside the office's opening hours, on its working days.
create table report_month (
    month                  date   not null,
    pole                   text   not null,
    office_id              bigint not null,
    topic_id               bigint not null,
    received               int    not null,
    answered               int    not null,
    answered_in_promise    int    not null,
    first_response_count   int    not null,
    first_response_seconds bigint not null,
    resolution_count       int    not null,
    resolution_seconds     bigint not null,
    rating_count           int    not null,
    rating_sum             int    not null,
    refreshed_at           timestamptz not null default now(),
    primary key (month, pole, office_id, topic_id)
);

-- The job reads one month of requests at a time.
create index request_received on request (received_at);
