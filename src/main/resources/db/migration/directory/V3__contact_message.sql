-- When someone wrote to a member through their public profile, to limit how often one may: the
-- message itself is only in the mail sent.
create table contact_message (
    id         bigint generated always as identity primary key,
    member_id  bigint      not null,
    sender_key text        not null,
    sent_at    timestamptz not null default now()
);

create index contact_message_by_sender on contact_message (sender_key, sent_at);
