-- The recommendations tracker at the size of issue 10: :recommendation_cycles cycles of
-- :recommendations_per_cycle recommendations, each with its points, references to others of its
-- cycle, milestones, six dated changes in its history, followers and, for one in four, comments.
-- Writes recommendations.csv (ids of the generated recommendations) and recommendation-cycles.csv.

select setseed(0.10) \g /dev/null

create temporary table rec_member as
select row_number() over (order by id) as n, id from accounts.account where status = 'ACTIVE' and email not like '%@agora.example';
select count(*) as rec_member_count from rec_member \gset
select coalesce((select id from accounts.account where email = 'advisor@agora.example'), 1) as rec_advisor \gset

insert into recommendations.theme (name_fr, name_nl, name_en)
select 'Thème généré ' || n || ' : vie coopérative', 'Gegenereerd thema ' || n || ': coöperatief leven', 'Generated theme ' || n || ': cooperative life'
from generate_series(0, 7) as n;
create temporary table rec_theme as
select n, (select max(id) from recommendations.theme where name_fr = 'Thème généré ' || n || ' : vie coopérative') as id
from generate_series(0, 7) as n;

insert into recommendations.cycle (name, topic, created_at)
select 'Cycle généré ' || c, 'Cycle généré ' || c, now() - (c * interval '180 days')
from generate_series(1, :recommendation_cycles) as c;

insert into recommendations.recommendation (cycle_id, number, theme_id, working_groups, title_fr, title_nl, text_fr, service_id, status,
                                            progress, decline_reason, created_at, updated_at)
select c.id, k, t.id, array['BE-ACC' || (1 + k % 3), 'FR-ACC' || (1 + k % 2)],
       'Smart améliore l''accompagnement des membres, proposition ' || k,
       case when k % 3 <> 0 then 'Smart verbetert de begeleiding van de leden, voorstel ' || k end,
       '**Constat :** les membres ne savent pas toujours à qui s''adresser. ' || repeat('Smart organise des rencontres régulières entre sociétaires et conseillers, ', 8)
           || E'\n\n- Publier un calendrier\n- Désigner une personne de contact par bureau\n- Faire le point chaque année',
       case when k % 6 = 0 then null else 1 + k % 5 end,
       s.status,
       case s.status when 'DONE' then 100 when 'IN_PROGRESS' then 10 + k % 80 when 'ACCEPTED' then k % 20 else 0 end,
       case when s.status = 'DECLINED' then 'Déjà couvert par une autre recommandation du cycle.' end,
       c.created_at,
       c.created_at + (k % 700) * interval '1 day'
from recommendations.cycle c
cross join generate_series(1, :recommendations_per_cycle) as k
join rec_theme t on t.n = k % 8
cross join lateral (select (array['RECEIVED', 'UNDER_STUDY', 'ACCEPTED', 'IN_PROGRESS', 'IN_PROGRESS', 'DONE', 'DONE', 'DECLINED'])[1 + (k * 7 + c.id::int) % 8] as status) s
where c.topic like 'Cycle généré %';

create temporary table rec_generated as
select r.id, r.cycle_id, r.number, r.status, r.created_at from recommendations.recommendation r
join recommendations.cycle c on c.id = r.cycle_id where c.topic like 'Cycle généré %';

insert into recommendations.sub_point (recommendation_id, letter, text_fr)
select r.id, l, 'Point ' || l || ' : une action concrète et datée pour la proposition ' || r.number || '.'
from rec_generated r cross join unnest(array['a', 'b', 'c']) as l
where r.number % 3 = 0;

insert into recommendations.reference (from_id, to_id, to_letter)
select r.id, o.id, case when o.number % 3 = 0 then 'b' else '' end
from rec_generated r
cross join generate_series(1, 2) as j
join rec_generated o on o.cycle_id = r.cycle_id and o.number = 1 + (r.number + j * 37) % :recommendations_per_cycle
where o.id <> r.id
on conflict do nothing;

insert into recommendations.milestone (recommendation_id, title, due_on, done_on)
select r.id, 'Étape ' || j || ' de la proposition ' || r.number, (r.created_at + j * interval '120 days')::date,
       case when j = 1 and r.status in ('IN_PROGRESS', 'DONE') then (r.created_at + interval '110 days')::date end
from rec_generated r cross join generate_series(1, 2) as j;

insert into recommendations.change (recommendation_id, at, actor_id, actor_role, service_id, kind, old_status, new_status, old_progress,
                                    new_progress, old_service_id, new_service_id, note)
select r.id, r.created_at + j * interval '60 days', :rec_advisor, case when j = 1 then 'ADMIN' else 'ADVISOR' end, 1 + r.number % 5,
       case when j = 1 then 'IMPORTED' else 'UPDATE' end,
       case when j > 1 then 'UNDER_STUDY' end, case when j = 1 then 'RECEIVED' else 'UNDER_STUDY' end,
       case when j > 1 then (j - 2) * 10 end, (j - 1) * 10, case when j > 1 then 1 + r.number % 5 end, case when j > 1 then 1 + r.number % 5 end,
       case when j > 1 then 'Point d''étape ' || j || ' : le groupe de travail a été consulté et le calendrier est tenu.' end
from rec_generated r cross join generate_series(1, 6) as j;

insert into recommendations.follower (recommendation_id, member_id)
select r.id, m.id
from rec_generated r cross join generate_series(1, 5) as j
join rec_member m on m.n = 1 + (r.id * 13 + j * 101) % greatest(:rec_member_count, 1)
on conflict do nothing;

insert into recommendations.comment (recommendation_id, author_id, body, body_html, created_at)
select r.id, m.id, 'Merci pour le suivi. Où en est l''étape ' || j || ' ?', '<p>Merci pour le suivi. Où en est l''étape ' || j || ' ?</p>',
       r.created_at + j * interval '30 days'
from rec_generated r cross join generate_series(1, 4) as j
join rec_member m on m.n = 1 + (r.id * 7 + j * 31) % greatest(:rec_member_count, 1)
where r.number % 4 = 0;

analyze recommendations.recommendation;
analyze recommendations.change;

\copy (select id from rec_generated order by random() limit 5000) to 'recommendations.csv' with (format csv, header)
\copy (select distinct cycle_id as cycle from rec_generated) to 'recommendation-cycles.csv' with (format csv, header)
