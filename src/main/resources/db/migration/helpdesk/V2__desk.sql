-- Which advisors have a request open right now, so that two never answer the same member at once.
-- Rows older than a minute mean nothing; they are overwritten or swept.
create table presence (
    request_id bigint      not null references request (id) on delete cascade,
    advisor_id bigint      not null,
    answering  boolean     not null default false,
    seen_at    timestamptz not null default now(),
    primary key (request_id, advisor_id)
);

-- Ready-made replies in the three languages; {member}, {due} and {reference} are filled in.
create table canned_reply (
    id       bigint generated always as identity primary key,
    pole     text check (pole in ('ACTIVITY_SECURING', 'FIRST_LINE', 'ENTREPRENEURIAL_COACHING', 'COOPERATIVE_LIFE')),
    title_fr text not null,
    title_nl text not null,
    title_en text not null,
    body_fr  text not null,
    body_nl  text not null,
    body_en  text not null
);

-- An advisor's absence; at its start their open requests go back to the shared queue.
create table absence (
    id          bigint generated always as identity primary key,
    advisor_id  bigint      not null,
    starts_on   date        not null,
    ends_on     date        not null check (ends_on >= starts_on),
    released_at timestamptz,
    created_at  timestamptz not null default now()
);
create index absence_advisor on absence (advisor_id, starts_on);
create index absence_to_release on absence (starts_on) where released_at is null;

insert into canned_reply (pole, title_fr, title_nl, title_en, body_fr, body_nl, body_en) values
    (null, 'Accusé de prise en charge', 'Bevestiging van behandeling', 'Taken in hand',
     'Bonjour {member},

Je m''occupe de votre demande {reference}. Vous aurez une réponse au plus tard le {due}.

Bien à vous,',
     'Dag {member},

Ik behandel uw aanvraag {reference}. U krijgt uiterlijk op {due} een antwoord.

Met vriendelijke groeten,',
     'Hello {member},

I am handling your request {reference}. You will have an answer by {due} at the latest.

Kind regards,'),
    (null, 'Document manquant', 'Ontbrekend document', 'Missing document',
     'Bonjour {member},

Pour traiter votre demande {reference}, il me manque un document. Pouvez-vous l''ajouter en répondant ici ?

Bien à vous,',
     'Dag {member},

Om uw aanvraag {reference} te behandelen, ontbreekt er een document. Kunt u het toevoegen door hier te antwoorden?

Met vriendelijke groeten,',
     'Hello {member},

To handle your request {reference}, I need one more document. Could you add it by replying here?

Kind regards,'),
    ('ACTIVITY_SECURING', 'TVA : déclaration trimestrielle', 'Btw: kwartaalaangifte', 'VAT: quarterly return',
     'Bonjour {member},

La coopérative dépose la déclaration TVA pour vous. Encodez vos factures avant le 10 du mois qui suit le trimestre ; nous nous occupons du reste.

Bien à vous,',
     'Dag {member},

De coöperatie dient de btw-aangifte voor u in. Boek uw facturen in vóór de 10e van de maand na het kwartaal; wij doen de rest.

Met vriendelijke groeten,',
     'Hello {member},

The cooperative files the VAT return for you. Record your invoices before the 10th of the month after the quarter; we do the rest.

Kind regards,');
