-- What each search index was built for: a digest of its fields as the code maps them. At start,
-- an index whose mapping changed since is rebuilt from the database.
create table search_mapping (
    index_name  text primary key,
    fingerprint text not null,
    recorded_at timestamptz not null default now()
);

-- A database that existed before digests were kept has indexes of unknown mapping: the marker asks
-- for one rebuild. A new database gets no marker (the platform's schema is migrated first).
insert into search_mapping (index_name, fingerprint)
select '*', 'unknown' where to_regclass('accounts.account') is not null;
