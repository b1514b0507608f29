-- The knowledge base at the size of issue 7: :knowledge_articles articles, each published in
-- French, Dutch and English with one saved version, spread over the three levels and the
-- categories, one in five for members only and one in ten a tutorial; and :faq_entries forum FAQ
-- entries, each on a solved topic of its own in the theme "TVA et contrats".
-- Writes knowledge-articles.csv, knowledge-words.csv and knowledge-questions.csv.

select setseed(0.7) \g /dev/null

create temporary table knowledge_phrase (n int primary key, fr_title text, nl_title text, en_title text, fr_body text, nl_body text, en_body text);
insert into knowledge_phrase values
    (1, 'Facturer un client à l''étranger', 'Een klant in het buitenland factureren', 'Invoicing a client abroad',
     'Quand votre client est une entreprise d''un autre pays de l''Union, la facture ne porte pas de TVA belge. Indiquez son numéro de TVA et la mention **Autoliquidation**. Pour un particulier, appliquez la TVA belge.',
     'Als je klant een bedrijf in een ander EU-land is, staat er geen Belgische btw op de factuur. Vermeld het btw-nummer van de klant en **Verlegging van heffing**. Voor een particulier reken je Belgische btw aan.',
     'When your client is a company in another EU country, the invoice carries no Belgian VAT. Give their VAT number and the words **Reverse charge**. For a private person, charge Belgian VAT.'),
    (2, 'Demander un acompte avant de commencer', 'Een voorschot vragen voor je begint', 'Asking for a deposit before you start',
     'Pour un projet de plus d''un mois, prévoyez un acompte de 30 % à la signature du devis. Notez le montant et l''échéance. La coopérative envoie la facture d''acompte.',
     'Voor een project van meer dan een maand voorzie je een voorschot van 30 % bij ondertekening van de offerte. Noteer het bedrag en de vervaldag. De coöperatie verstuurt de voorschotfactuur.',
     'For a project longer than a month, plan a 30% deposit when the quote is signed. Note the amount and the due date. The cooperative sends the deposit invoice.'),
    (3, 'Assurer votre matériel', 'Je materiaal verzekeren', 'Insuring your equipment',
     'La responsabilité civile professionnelle est couverte par la coopérative. Pour du matériel de valeur transporté chez vos clients, ajoutez une assurance tous risques. Comparez les offres avec votre conseiller.',
     'De beroepsaansprakelijkheid is gedekt door de coöperatie. Voor waardevol materiaal dat je meeneemt naar klanten neem je een omniumverzekering. Vergelijk de aanbiedingen met je adviseur.',
     'Professional liability is covered by the cooperative. For valuable equipment you take to clients, add all-risk insurance. Compare the offers with your advisor.'),
    (4, 'Céder vos droits d''auteur', 'Je auteursrechten overdragen', 'Assigning your copyright',
     'Précisez dans le contrat les supports, la durée, les pays et le prix de chaque usage de vos œuvres. Les droits d''auteur sont facturés à part de la prestation.',
     'Vermeld in het contract de dragers, de duur, de landen en de prijs van elk gebruik van je werken. Auteursrechten worden apart van de prestatie gefactureerd.',
     'State in the contract the media, the period, the countries and the price of each use of your works. Copyright is invoiced separately from the service.'),
    (5, 'Participer à l''assemblée générale', 'Deelnemen aan de algemene vergadering', 'Taking part in the general meeting',
     'Chaque associé vote à l''assemblée générale selon le principe une personne, une voix. Les comptes et l''ordre du jour sont envoyés trois semaines avant.',
     'Elke vennoot stemt op de algemene vergadering volgens het principe één persoon, één stem. De rekeningen en de agenda worden drie weken vooraf verstuurd.',
     'Every member-owner votes at the general meeting on the principle of one person, one vote. The accounts and the agenda are sent three weeks before.'),
    (6, 'Investir dans du matériel', 'Investeren in materiaal', 'Investing in equipment',
     'Un achat de plus de 1 000 € est amorti sur sa durée d''utilisation. Demandez deux devis et vérifiez votre budget d''activité avec votre conseiller avant de commander.',
     'Een aankoop van meer dan 1.000 euro wordt afgeschreven over de gebruiksduur. Vraag twee offertes en controleer je activiteitsbudget met je adviseur voor je bestelt.',
     'A purchase over 1,000 euros is depreciated over its working life. Ask for two quotes and check your activity budget with your advisor before ordering.');

insert into knowledge.article_group (level, category_id, kind, visibility, owner_id, review_before)
select (array['NEWCOMER', 'BASIC', 'EXPERT'])[1 + i % 3],
       1 + (i * 7) % 7,
       case when i % 10 = 0 then 'TUTORIAL' else 'ARTICLE' end,
       case when i % 5 = 0 then 'MEMBERS' else 'PUBLIC' end,
       (select id from accounts.account where email = 'advisor@agora.example'),
       current_date + (i % 400)
from generate_series(1, :knowledge_articles) as i;

create temporary table bench_group as
select id, row_number() over (order by id) as n from knowledge.article_group
where id > coalesce((select max(group_id) from knowledge.article), 0);

insert into knowledge.article (group_id, language, status, title, summary, body, step_titles, step_bodies, tags, author_id,
                               latest_version, published_version, published_at, last_reviewed_on, views, helpful, not_helpful)
select g.id, l.language, 'PUBLISHED',
       case l.language when 'fr' then p.fr_title when 'nl' then p.nl_title else p.en_title end || ' (' || g.n || ')',
       left(case l.language when 'fr' then p.fr_body when 'nl' then p.nl_body else p.en_body end, 90),
       repeat(case l.language when 'fr' then p.fr_body when 'nl' then p.nl_body else p.en_body end || E'\n\n', 4),
       case when g.n % 10 = 0 then array['1', '2', '3'] else '{}' end,
       case when g.n % 10 = 0 then array[p.fr_body, p.nl_body, p.en_body] else '{}' end,
       array['guide', 'bench'],
       (select id from accounts.account where email = 'advisor@agora.example'),
       1, 1, now() - (g.n % 700) * interval '1 day', current_date - (g.n % 300)::int, g.n % 1000, g.n % 17, g.n % 5
from bench_group g
cross join (values ('fr'), ('nl'), ('en')) as l(language)
join knowledge_phrase p on p.n = 1 + g.n % 6;

insert into knowledge.article_version (article_id, number, title, summary, body, step_titles, step_bodies, tags, editor_id)
select a.id, 1, a.title, a.summary, a.body, a.step_titles, a.step_bodies, a.tags, a.author_id
from knowledge.article a join bench_group g on g.id = a.group_id;

-- FAQ entries: a solved question per entry, with its answer as the accepted reply.
create temporary table bench_faq as
select i, p.n as phrase, case when i % 2 = 0 then 'fr' else 'nl' end as language from generate_series(1, :faq_entries) as i
join knowledge_phrase p on p.n = 1 + i % 6;

with category as (select id from forum.category where slug = 'tva-contrats'),
     author as (select id from accounts.account where email = 'advisor@agora.example'),
     topics as (
         insert into forum.topic (category_id, members_only, author_id, title, language, created_at, last_post_at, last_author_id, reply_count)
         select (select id from category), false, (select id from author),
                case f.language when 'fr' then 'Question : ' || lower(p.fr_title) else 'Vraag: ' || lower(p.nl_title) end || ' (' || f.i || ')',
                f.language, now() - f.i * interval '1 hour', now() - f.i * interval '1 hour', (select id from author), 0
         from bench_faq f join knowledge_phrase p on p.n = f.phrase
         returning id, title, language)
insert into forum.faq_entry (topic_id, category_id, question, answer, answer_html, language, promoted_by)
select t.id, (select id from category), t.title,
       case t.language when 'fr' then p.fr_body else p.nl_body end,
       '<p>' || case t.language when 'fr' then p.fr_body else p.nl_body end || '</p>',
       t.language, (select id from author)
from topics t join knowledge_phrase p on p.n = 1 + (substring(t.title from '\((\d+)\)$')::int) % 6;

insert into forum.post (topic_id, author_id, body, body_html, created_at, opening)
select e.topic_id, e.promoted_by, e.answer, e.answer_html, e.promoted_at, true
from forum.faq_entry e where e.topic_id not in (select topic_id from forum.post);

analyze knowledge.article_group;
analyze knowledge.article;
analyze knowledge.article_version;
analyze forum.faq_entry;

\copy (select a.group_id, a.language from knowledge.article a join knowledge.article_group g on g.id = a.group_id where g.visibility = 'PUBLIC' order by random() limit 20000) to 'knowledge-articles.csv' with (format csv, header)
\copy (select * from (values ('facturen'), ('voorschot vragen'), ('assurance materiel'), ('droits d''auteur'), ('depreciated equipment'), ('algemene vergadering'), ('acomptes'), ('investeringen')) as w(words)) to 'knowledge-words.csv' with (format csv, header)
\copy (select * from (values ('Quelle TVA pour un client à l''étranger ?'), ('Hoe vraag ik een voorschot?'), ('Which insurance for my equipment?'), ('Comment céder mes droits d''auteur ?'), ('Wanneer is de algemene vergadering?'), ('Faut-il amortir un achat de matériel ?')) as q(question)) to 'knowledge-questions.csv' with (format csv, header)
