-- The forum at the size of issue 4: 200 categories, :forum_topics topics and twenty posts per topic
-- on average (1,000,000 for 50,000 topics): two topics in five are long discussions of an opening
-- post and 40 replies, the others have 5 replies. Authors are the generated members, texts are
-- French and Dutch in a few realistic shapes, pre-rendered as Agora renders them.
-- Writes forum-categories.csv, forum-long-topics.csv, forum-short-topics.csv and forum-words.csv.

select setseed(0.4) \g /dev/null

-- Categories: the demo's networks, themes and offices, plus generated networks up to 200.
insert into forum.category (parent_id, slug, kind, name_fr, name_nl, name_en, description_fr, description_nl, description_en, visibility, position)
select (select id from forum.category where slug = case when i % 3 = 0 then 'themes' else 'reseaux' end),
       'reseau-' || i,
       case when i % 3 = 0 then 'THEME' else 'NETWORK' end,
       'Réseau ' || i, 'Netwerk ' || i, 'Network ' || i,
       'Les membres du réseau ' || i || ' échangent leurs bons plans.',
       'De leden van netwerk ' || i || ' wisselen tips uit.',
       'Members of network ' || i || ' share tips.',
       case when i % 4 = 0 then 'MEMBERS' else 'PUBLIC' end,
       100 + i
from generate_series(1, greatest(0, 200 - (select count(*) from forum.category))) as i;

create temporary table bench_author as
select row_number() over (order by id) as n, id from accounts.account where status = 'ACTIVE' and email not like '%@agora.example';
select count(*) as author_count from bench_author \gset

create temporary table bench_category as
select row_number() over (order by id) as n, id, visibility = 'MEMBERS' as members_only from forum.category where parent_id is not null;
select count(*) as category_count from bench_category \gset

create temporary table phrase (n int primary key, language text, title text, body text);
insert into phrase values
    (1, 'fr', 'Quelle TVA appliquer pour une prestation à l''étranger ?',
     'Bonjour à tous, je prépare une facture pour un client basé à l''étranger et je me demande quel taux de TVA appliquer. Quelqu''un a déjà eu le cas ? Merci d''avance pour vos retours.'),
    (2, 'fr', 'Comment fixer le prix d''un atelier pour une école ?',
     'Je donne des ateliers de céramique dans les écoles et je ne sais jamais combien demander pour la préparation, le matériel et le déplacement. Comment faites-vous ?'),
    (3, 'nl', 'Hoe vraag ik een voorschot voor een grote opdracht?',
     'Hallo allemaal, ik heb een opdracht van drie maanden binnengehaald en wil een voorschot vragen. Hoe zetten jullie dat in het contract en wanneer factureren jullie het?'),
    (4, 'nl', 'Welke verzekering voor mijn materiaal op verplaatsing?',
     'Ik neem mijn camera''s en lichten mee naar klanten. Welke verzekering dekt diefstal of schade onderweg? Ervaringen zijn welkom.'),
    (5, 'fr', 'Contrat de cession de droits d''auteur : des conseils ?',
     'Un éditeur me propose un contrat de cession de droits pour mes illustrations. Quelles clauses faut-il vérifier avant de signer ? La durée et les territoires me posent question.'),
    (6, 'nl', 'Samen een stand huren op de kerstmarkt?',
     'Wie heeft zin om samen een stand te huren op de kerstmarkt? De kosten delen we en we verkopen elk ons eigen werk. Reageer hieronder als je interesse hebt.');

-- Sentences that every post adds to its phrase, two of each post's language chosen by its number, so
-- that posts differ in words and length as real ones do, rather than repeating six texts a million times.
create temporary table sentence (language text, n int, text text, primary key (language, n));
insert into sentence values
    ('fr', 0, 'J''ai regardé dans la foire aux questions sans trouver de réponse claire.'),
    ('fr', 1, 'Mon conseiller est en congé cette semaine, alors je tente ma chance ici.'),
    ('fr', 2, 'Je travaille surtout avec des associations et quelques communes.'),
    ('fr', 3, 'Le client attend un devis détaillé avant la fin du mois.'),
    ('fr', 4, 'J''ai déjà eu un souci semblable l''an dernier avec un festival.'),
    ('fr', 5, 'Est-ce que quelqu''un connaît un bon tutoriel sur le sujet ?'),
    ('fr', 6, 'Je peux partager mon modèle de tableau si cela aide.'),
    ('fr', 7, 'Les délais de paiement s''allongent et ma trésorerie en souffre.'),
    ('fr', 8, 'Au bureau de Namur, on m''a conseillé d''en parler sur le forum.'),
    ('fr', 9, 'Je débute dans la coopérative depuis trois mois à peine.'),
    ('fr', 10, 'Mes frais de déplacement augmentent avec les chantiers éloignés.'),
    ('fr', 11, 'Une réunion d''information aurait lieu en janvier, quelqu''un sait quand ?'),
    ('fr', 12, 'Merci pour vos réponses, cela m''a vraiment aidé à y voir clair.'),
    ('fr', 13, 'Le formulaire en ligne refuse mon numéro d''entreprise.'),
    ('fr', 14, 'Je cherche aussi un photographe pour documenter le projet.'),
    ('fr', 15, 'Attention aux conditions générales, elles changent souvent.'),
    ('nl', 0, 'Ik heb de veelgestelde vragen bekeken maar vond geen duidelijk antwoord.'),
    ('nl', 1, 'Mijn begeleider is deze week met verlof, dus ik probeer het hier.'),
    ('nl', 2, 'Ik werk vooral voor vzw''s en een paar gemeenten.'),
    ('nl', 3, 'De klant wacht op een gedetailleerde offerte voor het einde van de maand.'),
    ('nl', 4, 'Vorig jaar had ik een gelijkaardig probleem met een festival.'),
    ('nl', 5, 'Kent iemand een goede handleiding hierover?'),
    ('nl', 6, 'Ik kan mijn rekenblad delen als dat helpt.'),
    ('nl', 7, 'De betalingstermijnen worden langer en mijn kasstroom lijdt eronder.'),
    ('nl', 8, 'Op het kantoor in Gent raadden ze me aan het hier te vragen.'),
    ('nl', 9, 'Ik ben pas drie maanden lid van de coöperatie.'),
    ('nl', 10, 'Mijn verplaatsingskosten stijgen met de verre werven.'),
    ('nl', 11, 'Er zou in januari een infosessie zijn, weet iemand wanneer?'),
    ('nl', 12, 'Bedankt voor jullie antwoorden, dat hielp echt.'),
    ('nl', 13, 'Het online formulier weigert mijn ondernemingsnummer.'),
    ('nl', 14, 'Ik zoek ook een fotograaf om het project vast te leggen.'),
    ('nl', 15, 'Let op de algemene voorwaarden, die veranderen vaak.');

-- Topics, spread over the categories and the last three years; every topic gets its opening post below.
insert into forum.topic (category_id, members_only, author_id, title, language, created_at, last_post_at, last_author_id, reply_count)
select c.id,
       c.members_only,
       a.id,
       p.title || ' (' || t.i || ')',
       p.language,
       now() - interval '3 years' + (t.i::float / :forum_topics) * interval '3 years',
       now() - interval '3 years' + (t.i::float / :forum_topics) * interval '3 years' + interval '2 days',
       a.id,
       case when t.i % 5 < 2 then 40 else 5 end
from generate_series(1, :forum_topics) as t(i)
join bench_category c on c.n = 1 + (t.i::bigint * 7919) % :category_count
join bench_author a on a.n = 1 + (t.i::bigint * 104729) % :author_count
join phrase p on p.n = 1 + t.i % 6;

create temporary table bench_topic as
select id, category_id, language, created_at, reply_count, row_number() over (order by id) as n
from forum.topic where title like '% (%)' and id > (select coalesce(max(topic_id), 0) from forum.post);

insert into forum.post (topic_id, author_id, body, body_html, created_at, opening, thanks_count)
select t.id,
       a.id,
       b.body,
       '<p>' || b.body || '</p>',
       t.created_at + r.k * interval '1 hour',
       r.k = 0,
       (t.n + r.k) % 4
from bench_topic t
cross join lateral generate_series(0, t.reply_count) as r(k)
join bench_author a on a.n = 1 + ((t.n * 41 + r.k) * 7907) % :author_count
join phrase p on p.n = 1 + (t.n + r.k) % 6
join sentence s1 on s1.language = p.language and s1.n = ((t.n * 7 + r.k * 3) % 16)
join sentence s2 on s2.language = p.language and s2.n = ((t.n * 11 + r.k * 5 + 8) % 16)
cross join lateral (select case when r.k = 0 then p.body || ' ' || s1.text
                                else s1.text || ' ' || p.body || ' ' || s2.text end as body) b;

update forum.category c set topic_count = s.topics, post_count = s.posts, last_post_at = s.last
from (select t.category_id, count(*) as topics, sum(t.reply_count + 1) as posts, max(t.last_post_at) as last
      from forum.topic t group by t.category_id) s
where s.category_id = c.id;

analyze forum.category;
analyze forum.topic;
analyze forum.post;

\copy (select slug from forum.category where visibility = 'PUBLIC' and topic_count > 0 order by random()) to 'forum-categories.csv' with (format csv, header)
\copy (select t.id from bench_topic t join forum.category c on c.id = t.category_id where t.reply_count = 40 and c.visibility = 'PUBLIC' order by random() limit 20000) to 'forum-long-topics.csv' with (format csv, header)
\copy (select t.id from bench_topic t join forum.category c on c.id = t.category_id where t.reply_count = 5 and c.visibility = 'PUBLIC' order by random() limit 20000) to 'forum-short-topics.csv' with (format csv, header)
\copy (select * from (values ('facture'), ('tarifs atelier'), ('voorschot'), ('verzekering'), ('droits auteur'), ('kerstmarkt'), ('contrat'), ('prestations etranger')) as w(words)) to 'forum-words.csv' with (format csv, header)
