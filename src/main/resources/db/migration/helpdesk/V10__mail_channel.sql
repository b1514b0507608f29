-- A request that came by mail: the address it came from (besides the member's account address, the
-- only one whose replies may join it), the address of the mailbox that answers it, and the language to write in
-- when the sender has no account.
alter table request add column mail_address text;
alter table request add column mailbox text;
alter table request add column mail_language text check (mail_language in ('fr', 'nl', 'en'));
create index request_mail_address on request (mail_address) where mail_address is not null;

-- Every mail read from a mailbox, once: the key makes a second delivery or a re-read after a crash
-- a no-op. Kept to tell what became of a mail, and to show auto-replies and bounces on requests.
create table inbound_mail (
    id         bigint generated always as identity primary key,
    mailbox    text        not null,
    message_id text        not null,
    sender     text        not null,
    subject    text        not null,
    outcome    text        not null check (outcome in ('PENDING', 'NEW_REQUEST', 'REPLY', 'CLOSED', 'FOREIGN', 'AUTO_REPLY', 'BOUNCE',
                                                       'DUPLICATE', 'UNREADABLE')),
    request_id bigint      references request (id) on delete set null,
    read_at    timestamptz not null default clock_timestamp(),
    unique (mailbox, message_id)
);
create index inbound_mail_request on inbound_mail (request_id) where request_id is not null;
create index inbound_mail_sender on inbound_mail (sender);

-- The Message-IDs of the mail of a request, sent and received, so that replies find their request.
create table mail_thread (
    message_id text        primary key,
    request_id bigint      not null references request (id) on delete cascade,
    outgoing   boolean     not null,
    created_at timestamptz not null default clock_timestamp()
);
create index mail_thread_request on mail_thread (request_id, created_at);
