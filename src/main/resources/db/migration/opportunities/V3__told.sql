-- The members told of each opportunity. When its author changes the skills, the place or the
-- languages, matching runs again and tells only those who fit now and were not told before.
-- Authors still see how many were told, never who; members find theirs in their data export.
create table told (
    opportunity_id bigint not null references opportunity (id) on delete cascade,
    member_id      bigint not null,
    primary key (opportunity_id, member_id)
);

create index told_by_member on told (member_id);
