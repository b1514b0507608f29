-- The help desk at the size of issue 5: :helpdesk_advisors advisors over the four poles and twelve
-- offices, :helpdesk_requests requests over the last year from the generated members (six messages
-- each: the question, answers, an internal note and the member's replies), ratings, and the monthly
-- report figures as the report job computes them. Requests of the last three weeks are still open
-- in every status; older ones are closed. Writes helpdesk-advisors.csv, helpdesk-requests.csv and
-- helpdesk-open-requests.csv, and helpdesk-search-words.csv, what advisors type in the desk search.

select setseed(0.55) \g /dev/null
select password_hash as demo_hash from accounts.account where email = 'member@agora.example' \gset

-- Advisors: one pole and one office each, so that every queue has its team.
create temporary table hd_new_advisor as
select n,
       (array['ACTIVITY_SECURING', 'FIRST_LINE', 'ENTREPRENEURIAL_COACHING', 'COOPERATIVE_LIFE'])[1 + n % 4] as pole,
       1 + (n / 4) % 12 as office,
       (array['Lies', 'Marc', 'Anouk', 'Pierre', 'Sofie', 'Nadia', 'Koen', 'Claire', 'Thomas', 'Eva'])[1 + n % 10] || ' '
           || (array['Janssens', 'Dubois', 'Peeters', 'Lambert', 'Maes', 'Leroy', 'Claes', 'Renard', 'Willems', 'Moreau'])[1 + (n / 10) % 10] as name
from generate_series(0, :helpdesk_advisors - 1) as n;

insert into accounts.account (email, password_hash, display_name, language, home_office_id, status, verified_at)
select 'advisor' || n || '@bench.agora.example', :'demo_hash', name, case when office in (6, 7) then 'nl' else 'fr' end, office, 'ACTIVE', now()
from hd_new_advisor;

create temporary table hd_advisor as
select a.id, h.n, h.pole, h.office, row_number() over (partition by h.pole order by h.n) as pn, a.email
from hd_new_advisor h join accounts.account a on a.email = 'advisor' || h.n || '@bench.agora.example';
select count(*) / 4 as per_pole from hd_advisor \gset

insert into accounts.account_role (account_id, role) select id, r from hd_advisor cross join (values ('MEMBER'), ('ADVISOR')) as roles(r);
insert into accounts.advisor_pole (account_id, pole) select id, pole from hd_advisor;
insert into accounts.advisor_office (account_id, office_id) select id, office from hd_advisor;
insert into helpdesk.coordinator (pole, office_id, advisor_id)
select distinct on (pole, office) pole, office, id from hd_advisor order by pole, office, n;

create temporary table hd_member as
select row_number() over (order by id) as n, id, coalesce(home_office_id, 1) as office
from accounts.account
where status = 'ACTIVE' and email not like '%@agora.example' and email not like '%@bench.agora.example';
select count(*) as member_count from hd_member \gset

create temporary table hd_topic as select row_number() over (order by id) as n, id, pole from helpdesk.topic;
select count(*) as topic_count from hd_topic \gset

create temporary table hd_phrase (n int primary key, subject text, question text, answer text, note text, follow_up text);
insert into hd_phrase values
    (1, 'Déclaration TVA du trimestre',
     'Bonjour, j''ai facturé une prestation à un client établi en France. Dois-je appliquer la TVA belge ?',
     'Bonjour, pour un client assujetti en France, facturez **sans TVA belge** avec la mention « autoliquidation ».',
     'Vérifier le numéro de TVA du client dans VIES.', 'Merci, c''est clair. Et pour un particulier ?'),
    (2, 'Btw op een factuur voor een Nederlandse klant',
     'Dag, moet ik btw aanrekenen aan een klant in Nederland die een onderneming heeft?',
     'Dag, voor een btw-plichtige klant in Nederland factureert u **zonder Belgische btw**, met de vermelding "verlegging".',
     'Klant heeft geldig btw-nummer.', 'Bedankt, en voor een particulier?'),
    (3, 'Modèle de contrat pour une mission longue',
     'Je commence une mission de six mois chez un client. Quel modèle de contrat utiliser ?',
     'Utilisez le contrat-cadre de prestation et ajoutez un bon de commande par mois.',
     'Proposer l''atelier contrats du mois prochain.', 'Parfait, je vous envoie le projet.'),
    (4, 'Hoe boek ik mijn verplaatsingskosten in?',
     'Ik rijd veel naar klanten. Hoe boek ik mijn kilometers in?',
     'U boekt ze als onkostennota met het aantal kilometers; het forfait wordt automatisch berekend.',
     'Lid had vorige maand dezelfde vraag.', 'Gelukt, dank u.');

insert into helpdesk.request (member_id, topic_id, pole, office_id, channel, subject, status, received_at, due_on, assignee_id,
                              first_response_at, answered_at, closed_at, updated_at, at_risk_notified_at)
select m.id, t.id, t.pole, m.office, case when i % 20 = 0 then 'PHONE' else 'WEB' end,
       p.subject || ' (' || i || ')',
       s.status, r.received, r.received::date + case extract(isodow from r.received) when 3 then 5 when 4 then 5 when 5 then 5 when 6 then 4 else 3 end,
       case when s.status = 'RECEIVED' then null else a.id end,
       case when s.status = 'RECEIVED' then null else r.received + (1 + i % 40) * interval '1 hour' end,
       case when s.status in ('ANSWERED', 'CLOSED') then r.received + (2 + i % 90) * interval '1 hour' end,
       case when s.status = 'CLOSED' then r.received + (2 + i % 90) * interval '1 hour' + interval '2 days' end,
       r.received + interval '1 day',
       case when i % 7 = 0 then r.received + interval '2 days' end
from generate_series(1, :helpdesk_requests) as i
cross join lateral (select now() - interval '365 days' * (1 - i::float / :helpdesk_requests) - interval '1 hour' as received) r
cross join lateral (select case
        when r.received < now() - interval '21 days' then 'CLOSED'
        else (array['RECEIVED', 'IN_PROGRESS', 'WAITING_MEMBER', 'ANSWERED', 'CLOSED'])[1 + i % 5] end as status) s
join hd_member m on m.n = 1 + (i::bigint * 7919) % :member_count
join hd_topic t on t.n = 1 + i % :topic_count
join hd_advisor a on a.pole = t.pole and a.pn = 1 + i % :per_pole
join hd_phrase p on p.n = 1 + i % 4;

update helpdesk.request set waiting_since = updated_at where status = 'WAITING_MEMBER' and waiting_since is null;

create temporary table hd_request as
select r.id, r.member_id, r.assignee_id, r.received_at, 1 + r.id % 4 as phrase from helpdesk.request r
where r.subject like '% (%)' and not exists (select from helpdesk.message m where m.request_id = r.id);

insert into helpdesk.message (request_id, author_id, kind, body, created_at)
select r.id,
       case when k.kind in ('MEMBER') then r.member_id else r.assignee_id end,
       k.kind,
       case k.k when 0 then p.question when 1 then p.answer when 2 then p.note when 3 then p.follow_up when 4 then p.answer else 'Merci beaucoup ! / Hartelijk dank!' end,
       r.received_at + k.k * interval '3 hours'
from hd_request r
cross join (values (0, 'MEMBER'), (1, 'ADVISOR'), (2, 'NOTE'), (3, 'MEMBER'), (4, 'ADVISOR'), (5, 'MEMBER')) as k(k, kind)
join hd_phrase p on p.n = r.phrase;

insert into helpdesk.rating (request_id, score, comment)
select id, 1 + (id * 7) % 5, case when id % 3 = 0 then 'Réponse claire, merci.' else '' end
from helpdesk.request where status = 'CLOSED' and id % 10 = 0 and subject like '% (%)'
on conflict do nothing;

-- The monthly figures, as the report job computes them; business time is approximated here as the
-- elapsed time times the share of a week the offices are open (35 of 168 hours).
delete from helpdesk.report_month;
insert into helpdesk.report_month (month, pole, office_id, topic_id, received, answered, answered_in_promise, first_response_count,
                                   first_response_seconds, resolution_count, resolution_seconds, rating_count, rating_sum)
select date_trunc('month', r.received_at at time zone 'Europe/Brussels')::date, r.pole, r.office_id, r.topic_id,
       count(*), count(r.answered_at),
       count(*) filter (where (r.answered_at at time zone 'Europe/Brussels')::date <= r.due_on),
       count(r.first_response_at),
       coalesce(sum(extract(epoch from r.first_response_at - r.received_at) * 35 / 168), 0)::bigint,
       count(r.answered_at),
       coalesce(sum(extract(epoch from r.answered_at - r.received_at) * 35 / 168), 0)::bigint,
       count(g.score), coalesce(sum(g.score), 0)
from helpdesk.request r left join helpdesk.rating g on g.request_id = r.id
where r.merged_into is null
group by 1, 2, 3, 4;

-- The triggers queued every request and message written above for the desk search; bench/run
-- rebuilds the search indexes after the generators, which covers them all.
truncate helpdesk.search_queue;

analyze helpdesk.request;
analyze helpdesk.message;
analyze helpdesk.rating;

\copy (select email, pole, office from hd_advisor order by n) to 'helpdesk-advisors.csv' with (format csv, header)
\copy (select r.id from hd_request r join helpdesk.request q on q.id = r.id where q.status = 'CLOSED' order by random() limit 20000) to 'helpdesk-requests.csv' with (format csv, header)
\copy (select r.id, q.pole from hd_request r join helpdesk.request q on q.id = r.id where q.status <> 'CLOSED' order by random() limit 20000) to 'helpdesk-open-requests.csv' with (format csv, header)

-- What advisors type in the desk search, in French and Dutch, words of the subjects, messages and
-- notes above: common words ("TVA") and rarer ones ("autoliquidation"), one or two words, with
-- and without accents.
\copy (select words from (values ('TVA client France'), ('autoliquidation'), ('facture particulier'), ('numero de TVA'), ('VIES'), ('contrat mission'), ('modele de contrat'), ('bon de commande'), ('atelier contrats'), ('déclaration trimestre'), ('btw Nederland'), ('verlegging'), ('btw-nummer'), ('factureert klant'), ('verplaatsingskosten'), ('kilometers'), ('onkostennota forfait'), ('particulier'), ('boek kilometers'), ('dezelfde vraag')) as w(words)) to 'helpdesk-search-words.csv' with (format csv, header)
