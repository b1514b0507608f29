-- The opportunity board at the size of issue 9: :opportunities open opportunities by generated
-- members, over the five kinds, in the directory's towns (one in five remote, one in ten a region),
-- in French or Dutch, each wanting one to three skills drawn like the profiles' (a few common, most
-- rare), with deadlines over the coming four months. Needs 30-directory.sql.
-- Writes opportunities-searches.csv (a word, a kind, a town), opportunities-members.csv (listed
-- members with skills, for "for you") and opportunities-new.csv (skills and a town for publishing).

select setseed(0.6) \g /dev/null

create temporary table board_member as
select row_number() over (order by id) as n, id from accounts.account where status = 'ACTIVE' and email not like '%@agora.example';
select count(*) as board_member_count from board_member \gset
create temporary table board_skill as
select row_number() over (order by id) as n, id, label_fr, label_nl from directory.skill where approved;
select count(*) as board_skill_count from board_skill \gset
create temporary table board_place as
select row_number() over (order by id) as n, id, country, postal_code, name_fr, name_nl, latitude, longitude from directory.place;
select count(*) as board_place_count from board_place \gset

create temporary table board_shape (n int primary key, kind text, language text, title text, description text);
insert into board_shape values
    (0, 'MISSION', 'fr', 'Mission', 'Nous cherchons une personne pour une mission de **quelques jours**, avec un devis avant de commencer.'),
    (1, 'MISSION', 'nl', 'Opdracht', 'We zoeken iemand voor een opdracht van **enkele dagen**, met een offerte vooraf.'),
    (2, 'CALL_FOR_PROJECTS', 'fr', 'Appel à projets', 'Un appel ouvert aux membres qui portent un projet collectif. Dossier de deux pages.'),
    (3, 'GRANT', 'nl', 'Subsidie', 'Een steun voor je materiaal of je opleiding, voor leden van de coöperatie.'),
    (4, 'PARTNER', 'fr', 'Projet cherche partenaire', 'Je monte un projet sur la durée et je cherche quelqu''un pour faire équipe.'),
    (5, 'PREMISES', 'nl', 'Gedeelde werkplaats', 'Een plaats vrij in een gedeelde werkplaats, met materiaal.'),
    (6, 'MISSION', 'fr', 'Renfort', 'Un renfort pour un événement, rémunéré à la journée.'),
    (7, 'PARTNER', 'nl', 'Partner gezocht', 'Ik zoek een partner om samen klanten te bedienen.');

create temporary table generated_opportunity as
select i,
       s.kind,
       s.language,
       s.title || ' ' || (case when s.language = 'nl' then sk.label_nl else sk.label_fr end) || ' ' || i as title,
       s.description,
       (select id from board_member where n = 1 + (i * 7919) % greatest(:board_member_count, 1)) as author_id,
       case when i % 5 = 0 then 'REMOTE' when i % 10 = 1 then 'REGION' else 'TOWN' end as place_kind,
       1 + floor(power(random(), 2) * :board_place_count)::int as place_n,
       sk.n as skill_n,
       1 + i % 3 as skill_count,
       current_date + (1 + i % 120) as deadline
from generate_series(1, :opportunities) as i
join board_shape s on s.n = i % 8
join board_skill sk on sk.n = 1 + floor(power(random(), 2) * :board_skill_count)::int;

insert into opportunities.opportunity (kind, title, description, author_id, audience, place_kind, town_id, town_fr, town_nl, latitude,
                                       longitude, region, languages, budget, deadline, search_text, created_at)
select g.kind, g.title, g.description, g.author_id, case when g.i % 2 = 0 then 'PUBLIC' else 'MEMBERS' end, g.place_kind,
       case when g.place_kind = 'TOWN' then p.id end,
       case when g.place_kind = 'TOWN' then p.name_fr end,
       case when g.place_kind = 'TOWN' then p.name_nl end,
       case when g.place_kind = 'TOWN' then p.latitude end,
       case when g.place_kind = 'TOWN' then p.longitude end,
       case when g.place_kind = 'REGION' then (case when p.country = 'FR' then array['FR_IDF', 'FR_HDF', 'FR_BRE', 'FR_ARA'] else array['BE_BRU', 'BE_VLG', 'BE_WAL'] end)[1 + g.i % 3] end,
       case when g.i % 4 = 0 then array[g.language, case when g.language = 'fr' then 'nl' else 'fr' end] else array[g.language] end,
       case when g.i % 3 = 0 then '' else (300 + g.i % 300) || ' euros par jour' end,
       g.deadline,
       lower(translate(g.title || ' ' || g.description, 'àâäçéèêëîïôöùûüÀÂÄÇÉÈÊËÎÏÔÖÙÛÜ', 'aaaceeeeiioouuuAAACEEEEIIOOUUU')),
       now() - (g.i % 30) * interval '1 day'
from generated_opportunity g
join board_place p on p.n = g.place_n
order by g.i;

insert into opportunities.opportunity_skill (opportunity_id, skill_id)
select o.id, s.id
from opportunities.opportunity o
join generated_opportunity g on g.title = o.title
cross join lateral generate_series(0, g.skill_count - 1) as extra(k)
join board_skill s on s.n = 1 + (g.skill_n - 1 + extra.k * 37) % :board_skill_count
on conflict do nothing;

analyze opportunities.opportunity;
analyze opportunities.opportunity_skill;

-- A word of a common skill, sometimes with a kind or a town to search around, as members search.
\copy (select lower(split_part(label_fr, ' ', 1)) as q, (array['', '', 'MISSION', 'PARTNER'])[1 + n % 4] as kind, case when n % 3 = 0 then (select postal_code from board_place where board_place.n = 1 + board_skill.n % 10) else '' end as town from board_skill where n <= 60 order by random()) to 'opportunities-searches.csv' with (format csv, header)
-- Listed members who have skills, for their "for you" page.
\copy (select a.email from accounts.account a join directory.profile p on p.member_id = a.id where a.status = 'ACTIVE' and a.email not like '%@agora.example' and p.visibility <> 'HIDDEN' and p.place_id is not null and exists (select 1 from directory.profile_skill s where s.member_id = p.member_id) order by a.id limit 200) to 'opportunities-members.csv' with (format csv, header)
-- Two skills (a common one and another) and a town, for publishing a new opportunity that many profiles fit.
\copy (select a.label_fr as skill1, b.label_fr as skill2, p.postal_code || ' ' || p.name_fr as town from board_skill a join board_skill b on b.n = 1 + (a.n + 10) % (select count(*) from board_skill) join board_place p on p.n = 1 + a.n % 10 where a.n <= 20) to 'opportunities-new.csv' with (format csv, header)
