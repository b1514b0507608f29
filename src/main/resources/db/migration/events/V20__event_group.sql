-- An event organized by a member group, listed on the group's page and in its calendar feed.
alter table event add column group_id bigint;
create index event_group on event (group_id, starts_at) where cancelled_at is null and group_id is not null;
