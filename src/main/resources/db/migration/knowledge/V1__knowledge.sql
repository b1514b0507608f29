-- The knowledge base: articles grouped with their translations, their versions, pictures and
-- readers' feedback. People are referred to by their account id, without a foreign key.
create table category (
    id       bigint primary key,
    slug     text not null unique,
    name_fr  text not null,
    name_nl  text not null,
    name_en  text not null,
    position int not null
);

insert into category (id, slug, name_fr, name_nl, name_en, position) values
    (1, 'premiers-pas',     'Premiers pas',       'Eerste stappen',      'First steps',        1),
    (2, 'contrats',         'Contrats',           'Contracten',          'Contracts',          2),
    (3, 'factures-tva',     'Factures et TVA',    'Facturen en btw',     'Invoices and VAT',   3),
    (4, 'droits-auteur',    'Droits d''auteur',   'Auteursrechten',      'Copyright',          4),
    (5, 'assurances',       'Assurances',         'Verzekeringen',       'Insurance',          5),
    (6, 'vie-cooperative',  'Vie coopérative',    'Coöperatief leven',   'Cooperative life',   6),
    (7, 'developper',       'Développer son activité', 'Je activiteit uitbouwen', 'Growing your activity', 7);

-- What the translations of one article share. A translation belongs to exactly one group and a
-- group has at most one translation per language, so translation links cannot loop or clash.
create table article_group (
    id                 bigserial primary key,
    level              text not null check (level in ('NEWCOMER', 'BASIC', 'EXPERT')),
    category_id        bigint not null references category (id),
    kind               text not null check (kind in ('ARTICLE', 'TUTORIAL')),
    visibility         text not null check (visibility in ('PUBLIC', 'MEMBERS')),
    owner_id           bigint,
    review_before      date,
    review_reminded_on date,
    created_at         timestamptz not null default now()
);

create index article_group_browse on article_group (level, category_id);

-- The columns hold what readers see: the published text, or the latest draft until it is published.
create table article (
    id                bigserial primary key,
    group_id          bigint not null references article_group (id) on delete cascade,
    language          text not null check (language in ('fr', 'nl', 'en')),
    status            text not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED')),
    title             text not null,
    summary           text not null default '',
    body              text not null default '',
    step_titles       text[] not null default '{}',
    step_bodies       text[] not null default '{}',
    tags              text[] not null default '{}',
    author_id         bigint,
    latest_version    int not null default 0,
    published_version int,
    published_at      timestamptz,
    last_reviewed_on  date,
    updated_at        timestamptz not null default now(),
    views             bigint not null default 0,
    helpful           int not null default 0,
    not_helpful       int not null default 0,
    unique (group_id, language)
);

create table article_version (
    id          bigserial primary key,
    article_id  bigint not null references article (id) on delete cascade,
    number      int not null,
    title       text not null,
    summary     text not null,
    body        text not null,
    step_titles text[] not null,
    step_bodies text[] not null,
    tags        text[] not null,
    editor_id   bigint,
    created_at  timestamptz not null default now(),
    unique (article_id, number)
);

-- Pictures editors upload for articles; the files themselves are in the platform's file store.
create table article_image (
    file_id     bigint primary key,
    uploaded_by bigint,
    created_at  timestamptz not null default now()
);

create table feedback (
    id         bigserial primary key,
    article_id bigint not null references article (id) on delete cascade,
    member_id  bigint,
    helpful    boolean not null,
    comment    text not null default '',
    created_at timestamptz not null default now()
);

create index feedback_member on feedback (member_id);
