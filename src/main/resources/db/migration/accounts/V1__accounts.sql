create table account (
    id             bigint generated always as identity primary key,
    email          text unique check (email = lower(email)),
    password_hash  text,
    display_name   text        not null,
    language       text        not null check (language in ('fr', 'nl', 'en')),
    home_office_id bigint,
    status         text        not null check (status in ('PENDING', 'ACTIVE', 'DISABLED', 'ERASED')),
    created_at     timestamptz not null default now(),
    verified_at    timestamptz,
    erased_at      timestamptz,
    version        bigint      not null default 0
);

create table account_role (
    account_id bigint not null references account (id) on delete cascade,
    role       text   not null check (role in ('MEMBER', 'ADVISOR', 'MODERATOR', 'ADMIN')),
    primary key (account_id, role)
);

-- The poles and offices an advisor works for.
create table advisor_pole (
    account_id bigint not null references account (id) on delete cascade,
    pole       text   not null check (pole in ('ACTIVITY_SECURING', 'FIRST_LINE', 'ENTREPRENEURIAL_COACHING', 'COOPERATIVE_LIFE')),
    primary key (account_id, pole)
);

create table advisor_office (
    account_id bigint not null references account (id) on delete cascade,
    office_id  bigint not null,
    primary key (account_id, office_id)
);

-- Single-use links sent by mail; only a hash of the secret is kept.
create table account_token (
    hash       bytea primary key,
    account_id bigint      not null references account (id) on delete cascade,
    purpose    text        not null check (purpose in ('VERIFY_EMAIL', 'RESET_PASSWORD', 'CHANGE_EMAIL')),
    new_email  text,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index account_token_account on account_token (account_id);

-- Sign-in attempt allowances (bucket4j), shared by all nodes; keys are hashed.
create table rate_limit_bucket (
    id         text primary key,
    state      bytea,
    expires_at bigint
);
create index rate_limit_bucket_expiry on rate_limit_bucket (expires_at);
