-- Opportunities published whose members to tell are not chosen yet. Matching runs after the
-- publication commits, off the request; a row stays until its matching commits, so a node stopped
-- in between leaves it for another run.
create table matching_queue (
    opportunity_id bigint primary key references opportunity (id) on delete cascade,
    queued_at      timestamptz not null default now()
);
