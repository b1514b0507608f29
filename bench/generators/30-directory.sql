-- Directory profiles for every generated member: half of them listed (a quarter for members, a
-- quarter public), the others hidden; towns and skills drawn so that a few are common and most are
-- rare, as in life; headline and bio in the member's language. Needs the demo vocabulary and towns.
-- Writes directory-searches.csv (a word and a language), directory-prefixes.csv (the start of a
-- skill, as typed) and directory-towns.csv (a town to search around).

select setseed(0.3031) \g /dev/null

do $$
begin
    if (select count(*) from directory.skill) < 100 or (select count(*) from directory.place) < 40 then
        raise exception 'The directory generator builds on the demo skills and towns: start Agora with agora.demo=true';
    end if;
end
$$;

create temporary table numbered_skill as
select row_number() over (order by id) as n, id, label_fr, label_nl, label_en from directory.skill where approved;
create temporary table numbered_place as
select row_number() over (order by id) as n, id, postal_code, name_fr, name_nl from directory.place;
select count(*) as skill_count from numbered_skill \gset
select count(*) as place_count from numbered_place \gset

create temporary table generated_profile as
select account.id as member_id,
       account.display_name,
       account.language,
       case when r.visibility < 0.5 then 'HIDDEN' when r.visibility < 0.75 then 'MEMBERS' else 'PUBLIC' end as visibility,
       -- Squaring a uniform number favours the first towns and skills: a few big ones, a long tail.
       1 + floor(power(r.town, 2) * :place_count)::int as place_n,
       1 + floor(power(r.skill, 2) * :skill_count)::int as skill_n,
       1 + floor(random() * 4)::int as more_skills,
       account.created_at
from accounts.account
cross join lateral (select random() as visibility, random() as town, random() as skill, account.id as tie) as r
where account.email like '%.example' and account.email not like '%@agora.example';

insert into directory.profile (member_id, display_name, headline, bio, visibility, place_id, open_to_missions,
                               open_to_collaborate, offers_mentoring, sectors, languages, created_at, updated_at, listed_at)
select p.member_id,
       p.display_name,
       case p.language
           when 'nl' then s.label_nl || (array[' voor kunstenaars en verenigingen', ' op maat', ', ervaren en betrouwbaar', ' in heel Vlaanderen'])[1 + p.member_id % 4]
           when 'en' then s.label_en || (array[' for artists and non-profits', ' made to measure', ', experienced and reliable', ' across Belgium'])[1 + p.member_id % 4]
           else s.label_fr || (array[' pour les artistes et les associations', ' sur mesure', ', expérience et fiabilité', ' en Wallonie et à Bruxelles'])[1 + p.member_id % 4]
       end,
       case p.language
           when 'nl' then 'Ik werk als zelfstandige binnen de coöperatie. Ik help klanten met ' || lower(s.label_nl) || ' en denk graag mee over hun project.'
           when 'en' then 'I work as a freelancer within the cooperative. I help clients with ' || lower(s.label_en) || ' and like to think along with their project.'
           else 'Je travaille en indépendant·e au sein de la coopérative. J''aide mes clients en ' || lower(s.label_fr) || ' et j''aime réfléchir avec eux à leur projet.'
       end,
       p.visibility,
       pl.id,
       p.member_id % 3 <> 0,
       p.member_id % 4 = 0,
       p.member_id % 9 = 0,
       array[(array['PERFORMING_ARTS', 'VISUAL_ARTS', 'MUSIC', 'AUDIOVISUAL', 'WRITING_AND_TRANSLATION', 'CRAFTS', 'CONSTRUCTION',
                     'DIGITAL', 'COMMUNICATION', 'CONSULTING', 'TRAINING_AND_EDUCATION', 'HEALTH_AND_WELLBEING',
                     'FOOD_AND_FARMING', 'ENVIRONMENT', 'SERVICES'])[1 + p.skill_n % 15]],
       case p.language when 'nl' then array['nl', 'fr'] when 'en' then array['en', 'fr'] else array['fr'] end
           || case when p.member_id % 5 = 0 then array['en'] else array[]::text[] end,
       p.created_at,
       p.created_at,
       case when p.visibility = 'HIDDEN' then null else p.created_at + random() * interval '1 year' end
from generated_profile p
join numbered_skill s on s.n = p.skill_n
join numbered_place pl on pl.n = p.place_n;

insert into directory.profile_skill (member_id, skill_id)
select p.member_id, s.id
from generated_profile p
join numbered_skill s on s.n = p.skill_n
union
select p.member_id, s.id
from generated_profile p
cross join lateral generate_series(1, p.more_skills) as extra(k)
join numbered_skill s on s.n = 1 + (p.skill_n + extra.k * 37 + p.member_id % 11) % :skill_count;

insert into directory.consent (member_id, visibility, text_version, given_at)
select member_id, visibility, '2026-11', created_at from generated_profile where visibility <> 'HIDDEN';

analyze directory.profile;
analyze directory.profile_skill;
analyze directory.consent;

-- A word of a common skill's name in one of the three languages, with a language spoken, so that
-- searches find something, as real searches mostly do.
\copy (select lower(split_part(case n % 3 when 0 then label_fr when 1 then label_nl else label_en end, ' ', 1)) as q, (array['fr', 'nl', 'en'])[1 + n % 3] as lang from numbered_skill where n <= 60 order by random()) to 'directory-searches.csv' with (format csv, header)
\copy (select left(case n % 3 when 0 then label_fr when 1 then label_nl else label_en end, (3 + n % 3)::int) as prefix from numbered_skill order by random()) to 'directory-prefixes.csv' with (format csv, header)
\copy (select postal_code as town from numbered_place order by random()) to 'directory-towns.csv' with (format csv, header)
