-- What members may ask about; each topic is handled by one pole, within a target in business days.
create table topic (
    id          bigint generated always as identity primary key,
    pole        text not null check (pole in ('ACTIVITY_SECURING', 'FIRST_LINE', 'ENTREPRENEURIAL_COACHING', 'COOPERATIVE_LIFE')),
    name_fr     text not null,
    name_nl     text not null,
    name_en     text not null,
    target_days int  not null default 3 check (target_days between 1 and 20),
    position    int  not null default 0,
    active      boolean not null default true
);

-- A member's request. The pole and office decide which shared queue it lands in; due_on is the
-- date the cooperative promised to answer by, in the office's business days.
create table request (
    id                  bigint generated always as identity primary key,
    member_id           bigint,
    topic_id            bigint      not null references topic (id),
    pole                text        not null check (pole in ('ACTIVITY_SECURING', 'FIRST_LINE', 'ENTREPRENEURIAL_COACHING', 'COOPERATIVE_LIFE')),
    office_id           bigint      not null,
    channel             text        not null check (channel in ('WEB', 'PHONE', 'CALLBACK', 'EMAIL')),
    subject             text        not null,
    status              text        not null check (status in ('RECEIVED', 'IN_PROGRESS', 'WAITING_MEMBER', 'ANSWERED', 'CLOSED')),
    received_at         timestamptz not null default now(),
    due_on              date        not null,
    assignee_id         bigint,
    waiting_since       timestamptz,
    first_response_at   timestamptz,
    answered_at         timestamptz,
    closed_at           timestamptz,
    updated_at          timestamptz not null default now(),
    at_risk_notified_at timestamptz,
    callback_at         timestamptz,
    merged_into         bigint references request (id)
);
-- "My requests", newest first.
create index request_member on request (member_id, id desc);
-- The shared queues hold open requests only, oldest promise first; closed ones are the bulk of the table.
create index request_queue on request (pole, office_id, due_on, id) where status <> 'CLOSED' and merged_into is null;
create index request_assignee on request (assignee_id, due_on, id) where status <> 'CLOSED' and merged_into is null;
-- Requests still to be answered whose coordinator has not yet been told they are at risk.
create index request_at_risk on request (due_on) where status in ('RECEIVED', 'IN_PROGRESS') and at_risk_notified_at is null;

create table message (
    id         bigint generated always as identity primary key,
    request_id bigint      not null references request (id) on delete cascade,
    author_id  bigint,
    kind       text        not null check (kind in ('MEMBER', 'ADVISOR', 'NOTE', 'PHONE')),
    body       text        not null,
    created_at timestamptz not null default now()
);
create index message_request on message (request_id, id);
create index message_author on message (author_id) where author_id is not null;

-- Files in the platform's file store, attached to a message.
create table attachment (
    id           bigint generated always as identity primary key,
    message_id   bigint not null references message (id) on delete cascade,
    file_id      bigint not null,
    name         text   not null,
    content_type text   not null,
    size         bigint not null
);
create index attachment_message on attachment (message_id);

-- Why a promised date moved, so that the member can see it.
create table due_change (
    id           bigint generated always as identity primary key,
    request_id   bigint      not null references request (id) on delete cascade,
    previous_due date        not null,
    new_due      date        not null,
    reason       text        not null check (reason in ('WAITED_FOR_MEMBER', 'FOLLOW_UP', 'TRANSFERRED')),
    paused_from  timestamptz,
    created_at   timestamptz not null default now()
);
create index due_change_request on due_change (request_id, id);

-- A suggested answer the member said answered their question, so no request was needed.
create table suggestion_use (
    id         bigint generated always as identity primary key,
    member_id  bigint,
    source     text        not null,
    path       text        not null,
    created_at timestamptz not null default now()
);
create index suggestion_use_member on suggestion_use (member_id) where member_id is not null;

-- Who hears about requests at risk, per pole and office; kept by admins.
create table coordinator (
    pole       text   not null check (pole in ('ACTIVITY_SECURING', 'FIRST_LINE', 'ENTREPRENEURIAL_COACHING', 'COOPERATIVE_LIFE')),
    office_id  bigint not null,
    advisor_id bigint not null,
    primary key (pole, office_id, advisor_id)
);
create index coordinator_advisor on coordinator (advisor_id);

-- The topics the cooperative starts with; admins adjust them later.
insert into topic (pole, name_fr, name_nl, name_en, target_days, position) values
    ('ACTIVITY_SECURING', 'TVA et déclarations', 'Btw en aangiften', 'VAT and returns', 3, 10),
    ('ACTIVITY_SECURING', 'Contrats et devis', 'Contracten en offertes', 'Contracts and quotes', 3, 20),
    ('ACTIVITY_SECURING', 'Encodage des dépenses et factures', 'Inboeken van uitgaven en facturen', 'Recording expenses and invoices', 3, 30),
    ('FIRST_LINE', 'Utiliser les outils en ligne', 'De online tools gebruiken', 'Using the online tools', 2, 40),
    ('FIRST_LINE', 'Autre question', 'Andere vraag', 'Other question', 3, 90),
    ('ENTREPRENEURIAL_COACHING', 'Développer mon activité', 'Mijn activiteit ontwikkelen', 'Growing my activity', 5, 50),
    ('ENTREPRENEURIAL_COACHING', 'Prix et rentabilité', 'Prijzen en rendabiliteit', 'Pricing and profitability', 5, 60),
    ('COOPERATIVE_LIFE', 'Parts, assemblées et vie de la coopérative', 'Aandelen, algemene vergaderingen en coöperatief leven', 'Shares, general meetings and cooperative life', 3, 70);
