-- A member group's own category: only the group's members read it, as the groups module tells.
alter table category add column group_id bigint unique;
alter table category drop constraint category_kind_check;
alter table category add constraint category_kind_check check (kind in ('NETWORK', 'THEME', 'OFFICE', 'GROUP'));
alter table category drop constraint category_visibility_check;
alter table category add constraint category_visibility_check check (visibility in ('PUBLIC', 'MEMBERS', 'GROUP'));
alter table category add constraint category_group check ((visibility = 'GROUP') = (group_id is not null));

-- A copy of "the category belongs to a group", so that search leaves these topics out for outsiders.
alter table topic add column group_only boolean not null default false;
