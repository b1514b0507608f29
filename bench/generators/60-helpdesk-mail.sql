-- The help desk by mail (issue 6): one open request in ten of the generated help desk came by mail,
-- with the Message-ID of its first mail and of the receipt Agora sent, so that the mail ingest
-- benchmark can reply in existing threads. Writes the feeders of bench/lib/mail-ingest:
-- mail-senders.csv (active, verified members who write new requests) and mail-threads.csv
-- (a request's member, and a Message-ID of its thread to reply to).

create temporary table mail_request as
select q.id, a.email
from helpdesk.request q
join accounts.account a on a.id = q.member_id
where q.status <> 'CLOSED' and q.merged_into is null and a.status = 'ACTIVE' and a.verified_at is not null and q.id % 10 = 0
limit greatest(:mails, 1000);

update helpdesk.request q set channel = 'EMAIL', mail_address = m.email, mailbox = 'aide@bench.example', mail_language = 'fr'
from mail_request m where m.id = q.id;

insert into helpdesk.mail_thread (message_id, request_id, outgoing, created_at)
select '<bench-question-' || m.id || '@mail.example>', m.id, false, now() - interval '2 days' from mail_request m
union all
select '<helpdesk.' || m.id || '.receipt@bench.example>', m.id, true, now() - interval '2 days' + interval '1 second' from mail_request m;

\copy (select email from accounts.account where status = 'ACTIVE' and verified_at is not null and email like '%.example' and email not like '%@agora.example' order by random() limit 5000) to 'mail-senders.csv' with (format csv, header)
\copy (select m.email, '<helpdesk.' || m.id || '.receipt@bench.example>' as message_id from mail_request m order by random()) to 'mail-threads.csv' with (format csv, header)

analyze helpdesk.request;
analyze helpdesk.mail_thread;
