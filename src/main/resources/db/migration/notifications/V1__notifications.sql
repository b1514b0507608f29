-- What happened that concerns a member. Texts are rendered when read, in the reader's language,
-- from the kind, the actor's id and an optional subject written by people (such as a title).
create table notification (
    id         bigint generated always as identity primary key,
    member_id  bigint      not null,
    kind       text        not null,
    actor_id   bigint,
    subject    text,
    link       text        not null,
    delivery   text        not null check (delivery in ('IN_APP', 'EMAIL_NOW', 'DAILY_DIGEST', 'WEEKLY_DIGEST')),
    created_at timestamptz not null default now(),
    read_at    timestamptz,
    -- When mail about it was sent or decided against (no address, bouncing address), so never twice.
    mailed_at  timestamptz
);
create index notification_of_member on notification (member_id, id desc);
create index notification_unread on notification (member_id) where read_at is null;
create index notification_age on notification (created_at);
create index notification_actor on notification (actor_id) where actor_id is not null;
create index notification_mail_due on notification (delivery, member_id, id) where mailed_at is null and delivery <> 'IN_APP';

-- A member's choice for a kind; a kind without a row gets its default.
create table preference (
    member_id bigint not null,
    kind      text   not null,
    delivery  text   not null check (delivery in ('IN_APP', 'EMAIL_NOW', 'DAILY_DIGEST', 'WEEKLY_DIGEST')),
    primary key (member_id, kind)
);

-- Events waiting to be turned into notifications, written in the transaction of what happened so
-- that nothing is lost, and fanned out in the background so that the request does not wait.
create table burst (
    id         bigint generated always as identity primary key,
    kind       text        not null,
    recipients bigint[]    not null,
    actor_id   bigint,
    subject    text,
    link       text        not null,
    created_at timestamptz not null default now()
);

-- The key that signs unsubscribe links, generated on first start unless one is configured.
create table signing_key (
    id  int   primary key check (id = 1),
    key bytea not null
);
