-- Groups of issue 10: :groups approved groups (local, thematic, assemblies) of 5 to 200 members
-- each, in French, Dutch or both, each with its forum category, a few shared documents' rows and
-- six events, four of them to come. Writes groups.csv (the groups' ids) for the group page.

select setseed(0.1010) \g /dev/null

create temporary table bench_member as
select row_number() over (order by id) as n, id from accounts.account where status = 'ACTIVE' and email not like '%@agora.example';
select count(*) as member_count from bench_member \gset

insert into groups.member_group (name, kind, office_id, town, description, description_html, languages, joining, status, proposed_by,
                                 reviewed_at, created_at)
select (array['Musiciens', 'Ambachten', 'Assemblée', 'Photographes', 'Ledenvergadering', 'Graphistes', 'Vertalers', 'Danseurs'])[1 + i % 8]
           || ' ' || (array['de Liège', 'Gent', 'de Bruxelles', 'de Lille', 'Antwerpen', 'de Namur', 'de Rennes', 'Leuven'])[1 + (i / 8) % 8]
           || ' ' || i,
       kind,
       case when kind <> 'THEMATIC' and i % 2 = 0 then 1 + i % 12 end,
       case when kind <> 'THEMATIC' and i % 2 = 1 then (array['Liège', 'Gent', 'Lille', 'Rennes', 'Namur', 'Leuven'])[1 + i % 6] end,
       'Un groupe de membres qui se retrouvent chaque mois. **Bienvenue** à toutes et à tous.',
       '<p>Un groupe de membres qui se retrouvent chaque mois. <strong>Bienvenue</strong> à toutes et à tous.</p>',
       case i % 3 when 0 then array['fr'] when 1 then array['nl'] else array['fr', 'nl'] end,
       (array['OPEN', 'REQUEST', 'INVITATION'])[1 + i % 3],
       'APPROVED',
       (select id from bench_member where n = 1 + (i * 7919) % greatest(:member_count, 1)),
       now() - interval '30 days',
       now() - interval '60 days'
from generate_series(1, :groups) as i
cross join lateral (select (array['LOCAL', 'THEMATIC', 'ASSEMBLY'])[1 + i % 3] as kind) as k;

-- Members: the proposer organizes, one in twenty members co-organizes, and a few ask to join.
insert into groups.membership (group_id, member_id, role, status, joined_at)
select g.id, m.id, case when k = 0 or k % 20 = 1 then 'ORGANIZER' else 'MEMBER' end, case when k % 25 = 24 then 'REQUESTED' else 'ACTIVE' end,
       g.created_at + k * interval '1 hour'
from groups.member_group g
cross join lateral generate_series(0, 4 + (g.id * 37) % 196) as k
join bench_member m on m.n = 1 + (g.id * 131 + k * 7) % greatest(:member_count, 1)
on conflict do nothing;
update groups.member_group g set member_count = (select count(*) from groups.membership m where m.group_id = g.id and m.status = 'ACTIVE');

-- Each group's forum category, readable by its members only.
-- The demo's groups have theirs already.
insert into forum.category (slug, kind, name_fr, name_nl, name_en, description_fr, description_nl, description_en, visibility, position, group_id)
select 'group-' || g.id, 'GROUP', g.name, g.name, g.name, 'Discussions du groupe.', 'Gesprekken van de groep.', 'The group''s discussions.',
       'GROUP', 1000, g.id
from groups.member_group g
where not exists (select 1 from forum.category c where c.group_id = g.id);
update groups.member_group g set forum_category_id = c.id, forum_path = '/forum/c/' || c.slug from forum.category c where c.group_id = g.id;

-- Six events per group, two past and four to come.
insert into events.event (title, description, type, language, starts_at, ends_at, time_zone, town, organizer_id, capacity, group_id)
select 'Rencontre du groupe ' || g.id || ' #' || e, 'On se retrouve pour parler de nos projets.', 'MEMBER_EVENT', g.languages[1],
       date_trunc('hour', now()) + (e - 2) * interval '14 days' + (g.id % 24) * interval '1 hour',
       date_trunc('hour', now()) + (e - 2) * interval '14 days' + (g.id % 24) * interval '1 hour' + interval '2 hours',
       'Europe/Brussels', coalesce(g.town, 'Bruxelles'), g.proposed_by, 30, g.id
from groups.member_group g
cross join generate_series(0, 5) as e;

-- Documents' rows point at one shared stored file, so the group page lists them without storing megabytes.
insert into platform.stored_file (module, owner_id, name, content_type, size, sha256, content)
select 'groups', (select id from bench_member where n = 1), 'compte-rendu.pdf', 'application/pdf', octet_length(content), sha256(content), content
from (select convert_to('%PDF-1.4 compte-rendu', 'UTF8') as content) as c;
select max(id) as document_file from platform.stored_file where module = 'groups' \gset
insert into groups.document (group_id, file_id, uploaded_by, name, size, created_at)
select g.id, :document_file, g.proposed_by, 'Compte-rendu ' || d || '.pdf', 180000 + d * 1000, now() - d * interval '20 days'
from groups.member_group g
cross join generate_series(1, 5) as d;

analyze groups.member_group;
analyze groups.membership;
analyze groups.document;
analyze events.event;
analyze forum.category;

\copy (select id as "group" from groups.member_group where status = 'APPROVED' order by random()) to 'groups.csv' with (format csv, header)
