-- Admins edit the canned replies; one no longer wanted is put aside rather than deleted, and
-- advisors see only the active ones.
alter table canned_reply add column active boolean not null default true;
