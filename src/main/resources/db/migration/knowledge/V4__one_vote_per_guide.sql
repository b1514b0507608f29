-- "Was this helpful?" counts one answer per member and guide: a new answer, in any of the guide's
-- languages, replaces the member's earlier one. Earlier duplicates keep only the newest answer, and
-- the counters of the articles they were given on go down accordingly.
alter table feedback add column group_id bigint references article_group (id) on delete cascade;

update feedback f set group_id = a.group_id from article a where a.id = f.article_id;

alter table feedback alter column group_id set not null;

with ranked as (
    select id, row_number() over (partition by group_id, member_id order by created_at desc, id desc) as position
    from feedback where member_id is not null
), dropped as (
    delete from feedback f using ranked r where f.id = r.id and r.position > 1 returning f.article_id, f.helpful
)
update article a
set helpful = greatest(a.helpful - d.yes, 0), not_helpful = greatest(a.not_helpful - d.no, 0)
from (select article_id, count(*) filter (where helpful) as yes, count(*) filter (where not helpful) as no from dropped group by article_id) d
where a.id = d.article_id;

create unique index feedback_one_per_member on feedback (group_id, member_id) where member_id is not null;
