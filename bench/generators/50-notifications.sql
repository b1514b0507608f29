-- Notifications of issue 8. One public topic with a few replies is watched by :notification_watchers
-- generated members, so that every reply to it fans out that many notifications (the burst of
-- home-member-burst); and every active generated member has three notifications of the day waiting
-- for the daily digest, in two kinds, from other members, as after a busy day in the forum; mentions
-- and new topics go to their daily digest, replies stay in the notification centre by default.
-- Writes notification-burst-topic.csv.

select setseed(0.0808) \g /dev/null

create temporary table burst_topic as
select t.id from forum.topic t join forum.category c on c.id = t.category_id
where c.visibility = 'PUBLIC' and t.reply_count = 5 and not t.locked
order by t.id limit 1;

insert into forum.watch (member_id, topic_id)
select a.id, (select id from burst_topic)
from accounts.account a
where a.email like '%.example' and a.email not like '%@agora.example' and a.status = 'ACTIVE'
order by a.id
limit :notification_watchers
on conflict do nothing;

\copy (select id from burst_topic) to 'notification-burst-topic.csv' with (format csv, header)

insert into notifications.preference (member_id, kind, delivery)
select a.id, kind, 'DAILY_DIGEST'
from accounts.account a cross join (values ('FORUM_MENTION'), ('FORUM_TOPIC')) as k(kind)
where a.email like '%.example' and a.email not like '%@agora.example' and a.status = 'ACTIVE';

insert into notifications.notification (member_id, kind, actor_id, link, delivery, created_at)
select a.id,
       (array['FORUM_REPLY', 'FORUM_REPLY', 'FORUM_MENTION'])[n],
       (select min(id) from accounts.account) + (a.id * 7 + n) % 1000,
       '/forum/t/' || (a.id % 1000 + 1),
       'DAILY_DIGEST',
       now() - make_interval(mins => ((a.id * 13 + n * 97) % 1200)::int)
from accounts.account a cross join generate_series(1, 3) as n
where a.email like '%.example' and a.email not like '%@agora.example' and a.status = 'ACTIVE';

analyze forum.watch;
analyze notifications.preference;
analyze notifications.notification;
