-- Mentoring of issue 10: :mentors generated members offer mentoring with the skills of their
-- directory profile, their town's centre, one to three languages and one to five places, some
-- already taken; :mentees others have a request under way. Writes mentoring-mentees.csv (email and
-- request) for the suggestions page, which only the request's member may open.

select setseed(0.1011) \g /dev/null

create temporary table bench_member as
select row_number() over (order by a.id) as n, a.id, a.email, a.language from accounts.account a
where a.status = 'ACTIVE' and a.email not like '%@agora.example';

insert into mentoring.mentor (member_id, skill_ids, sectors, languages, town_label, latitude, longitude, remote, capacity, active_count, about)
select m.id,
       coalesce((select array_agg(s.skill_id order by s.skill_id) from directory.profile_skill s where s.member_id = m.id), '{}'),
       coalesce(p.sectors, '{}'),
       case m.n % 4 when 0 then array[m.language] when 1 then array[m.language, 'en'] when 2 then array['fr', 'nl'] else array[m.language, 'fr', 'en'] end,
       pl.postal_code || ' ' || pl.name_fr, pl.latitude, pl.longitude,
       m.n % 3 <> 0,
       1 + m.n % 5,
       (m.n % 5) / 2,
       'Membre depuis des années, je partage volontiers mon expérience.'
from bench_member m
left join directory.profile p on p.member_id = m.id
left join directory.place pl on pl.id = p.place_id
where m.n <= :mentors
on conflict (member_id) do nothing;

insert into mentoring.mentoring_request (mentee_id, project, skill_ids, sectors, languages, town_label, latitude, longitude, remote_ok)
select m.id,
       'Je lance mon activité et je cherche quelqu''un qui est passé par là.',
       coalesce((select array_agg(s.skill_id order by s.skill_id) from directory.profile_skill s where s.member_id = m.id), '{}'),
       coalesce(p.sectors, '{}'),
       array[m.language],
       pl.postal_code || ' ' || pl.name_fr, pl.latitude, pl.longitude,
       m.n % 2 = 0
from bench_member m
left join directory.profile p on p.member_id = m.id
left join directory.place pl on pl.id = p.place_id
where m.n > :mentors and m.n <= :mentors + :mentees
on conflict do nothing;

analyze mentoring.mentor;
analyze mentoring.mentoring_request;

\copy (select m.email, r.id as request from mentoring.mentoring_request r join bench_member m on m.id = r.mentee_id where r.status = 'OPEN' order by random()) to 'mentoring-mentees.csv' with (format csv, header)
