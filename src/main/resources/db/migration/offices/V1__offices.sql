-- The cooperative's offices: reference data every module may point to by id.
create table office (
    id        bigint primary key,
    code      text not null unique,
    name_fr   text not null,
    name_nl   text not null,
    name_en   text not null,
    country   text not null check (country in ('BE', 'FR')),
    time_zone text not null default 'Europe/Brussels'
);

insert into office (id, code, name_fr, name_nl, name_en, country, time_zone) values
    (1,  'BXL', 'Bruxelles', 'Brussel',   'Brussels',  'BE', 'Europe/Brussels'),
    (2,  'LGE', 'Liège',     'Luik',      'Liège',     'BE', 'Europe/Brussels'),
    (3,  'CRL', 'Charleroi', 'Charleroi', 'Charleroi', 'BE', 'Europe/Brussels'),
    (4,  'MON', 'Mons',      'Bergen',    'Mons',      'BE', 'Europe/Brussels'),
    (5,  'NAM', 'Namur',     'Namen',     'Namur',     'BE', 'Europe/Brussels'),
    (6,  'GNT', 'Gand',      'Gent',      'Ghent',     'BE', 'Europe/Brussels'),
    (7,  'ANR', 'Anvers',    'Antwerpen', 'Antwerp',   'BE', 'Europe/Brussels'),
    (8,  'LIL', 'Lille',     'Rijsel',    'Lille',     'FR', 'Europe/Paris'),
    (9,  'RNS', 'Rennes',    'Rennes',    'Rennes',    'FR', 'Europe/Paris'),
    (10, 'NTE', 'Nantes',    'Nantes',    'Nantes',    'FR', 'Europe/Paris'),
    (11, 'LYS', 'Lyon',      'Lyon',      'Lyon',      'FR', 'Europe/Paris'),
    (12, 'PAR', 'Paris',     'Parijs',    'Paris',     'FR', 'Europe/Paris');
