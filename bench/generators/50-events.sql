-- The agenda at the size of issue 9: :events events spread over the past year and the coming one,
-- in every office, a town or online, in French, Dutch and English, most with registrations; and
-- twenty generated members registered for 500 coming events each, with a private calendar feed.
-- Writes events-months.csv (the coming twelve months), events-weeks.csv (the coming 52 ISO weeks) and events-feeds.csv (the feeds' secrets).

select setseed(0.9) \g /dev/null

create temporary table bench_member as
select row_number() over (order by id) as n, id from accounts.account where status = 'ACTIVE' and email not like '%@agora.example';
select count(*) as member_count from bench_member \gset

create temporary table event_shape (n int primary key, type text, language text, title text, description text);
insert into event_shape values
    (0, 'INFORMATION_SESSION', 'fr', 'Séance d''information : entreprendre dans la coopérative',
     'Deux heures pour comprendre **le statut d''entrepreneur salarié**, la facturation et l''accompagnement.'),
    (1, 'INFORMATION_SESSION', 'nl', 'Infosessie: ondernemen in de coöperatie',
     'Twee uur om **het statuut van werknemer-ondernemer**, facturatie en begeleiding te begrijpen.'),
    (2, 'TOOL_TRAINING', 'fr', 'Atelier : devis et factures dans Agora', 'Formation en petit groupe. Apportez votre ordinateur portable.'),
    (3, 'WELCOME_BREAKFAST', 'nl', 'Welkomstontbijt voor nieuwe leden', 'Koffie, croissants en een eerste kennismaking.'),
    (4, 'NETWORKING', 'fr', 'Apéro réseau des membres', 'Un moment convivial pour se rencontrer et parler de vos projets.'),
    (5, 'NETWORKING', 'nl', 'Netwerkmoment voor creatieven', 'Een informele avond om andere leden te leren kennen.'),
    (6, 'MEMBER_EVENT', 'fr', 'Concert de jazz manouche', 'Je joue avec mon trio. Entrée libre, chapeau à la sortie.'),
    (7, 'MEMBER_EVENT', 'en', 'Open studio: ceramics', 'My studio is open for a day: new work, questions and coffee.');

insert into events.event (title, description, type, language, starts_at, ends_at, time_zone, office_id, town, online_url, organizer_id, capacity)
select s.title || ' ' || i,
       s.description,
       s.type,
       s.language,
       start,
       start + interval '2 hours',
       case when place = 'office' and office > 7 then 'Europe/Paris' else 'Europe/Brussels' end,
       case when place = 'office' then office end,
       case when place = 'town' then (array['Liège', 'Gent', 'Lille', 'Rennes', 'Namur', 'Leuven'])[1 + i % 6] end,
       case when place = 'online' then 'https://visio.agora.example/salle-' || i end,
       (select id from bench_member where n = 1 + (i * 7919) % greatest(:member_count, 1)),
       case when i % 3 = 0 then null else 10 + i % 40 end
from generate_series(1, :events) as i
cross join lateral (select date_trunc('hour', now()) - interval '365 days' + (i * interval '730 days' / :events) + (i % 5) * interval '1 hour' as start,
                           case when i % 10 < 7 then 'office' when i % 10 < 9 then 'town' else 'online' end as place,
                           1 + i % 12 as office) as p
join event_shape s on s.n = i % 8;

-- Registrations: up to the capacity, and a waiting list on one full event in four.
insert into events.registration (event_id, member_id, status, created_at)
select e.id, m.id, case when e.capacity is not null and k > e.capacity then 'WAITING' else 'REGISTERED' end, e.starts_at - interval '10 days'
from events.event e
cross join lateral generate_series(1, coalesce(e.capacity, 15) + case when e.id % 4 = 0 then 3 else 0 end) as k
join bench_member m on m.n = 1 + (e.id * 31 + k * 7) % greatest(:member_count, 1)
where e.organizer_id is not null
on conflict do nothing;

-- Twenty members with 500 coming events each in their private feed.
create temporary table feed_member as select id, n from bench_member where n <= 20;
delete from events.registration where member_id in (select id from feed_member);
insert into events.registration (event_id, member_id, status)
select e.id, f.id, 'REGISTERED'
from feed_member f
cross join lateral (select id from events.event where starts_at > now() order by (id * 17 + f.n) % 1000, id limit 500) as e
on conflict do nothing;
insert into events.feed_secret (member_id, secret)
select id, translate(encode(sha256(('feed-' || id)::bytea), 'base64'), '+/=', '-_') from feed_member
on conflict (member_id) do nothing;

\copy (select to_char(now() + make_interval(months => m), 'YYYY-MM') as month from generate_series(0, 11) as m) to 'events-months.csv' with (format csv, header)
\copy (select to_char(now() + make_interval(weeks => w), 'IYYY-"W"IW') as week from generate_series(0, 51) as w) to 'events-weeks.csv' with (format csv, header)
\copy (select secret from events.feed_secret s join feed_member f on f.id = s.member_id) to 'events-feeds.csv' with (format csv, header)
