-- Cooperative jargon explained in plain words, per language, maintained by editors.
create table glossary_term (
    id         bigserial primary key,
    language   text not null check (language in ('fr', 'nl', 'en')),
    term       text not null,
    definition text not null,
    created_by bigint,
    created_at timestamptz not null default now()
);

create unique index glossary_term_unique on glossary_term (language, lower(term));
