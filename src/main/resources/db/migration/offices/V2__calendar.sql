-- When each office is open, week by week; a day without a period is a day the office is closed.
create table opening_period (
    office_id   bigint   not null references office (id) on delete cascade,
    day_of_week smallint not null check (day_of_week between 1 and 7),
    opens       time     not null,
    closes      time     not null check (closes > opens),
    primary key (office_id, day_of_week, opens)
);

-- Days an office is closed beyond weekends and its country's public holidays.
create table closure (
    office_id bigint not null references office (id) on delete cascade,
    day       date   not null,
    name_fr   text   not null,
    name_nl   text   not null,
    name_en   text   not null,
    primary key (office_id, day)
);

insert into opening_period (office_id, day_of_week, opens, closes)
select o.id, d.day, p.opens, p.closes
from office o
cross join generate_series(1, 5) as d(day)
cross join (values (time '09:00', time '12:30'), (time '13:30', time '17:00')) as p(opens, closes)
-- Liège and Rennes close on Friday afternoons.
where not (o.code in ('LGE', 'RNS') and d.day = 5 and p.opens = time '13:30');

-- Brussels and Paris stay open on Thursday evenings for members who work during the day.
update opening_period set closes = time '19:00'
where day_of_week = 4 and opens = time '13:30' and office_id in (select id from office where code in ('BXL', 'PAR'));

insert into closure (office_id, day, name_fr, name_nl, name_en)
select o.id, c.day, 'Fermeture de fin d''année', 'Sluiting eindejaar', 'End-of-year closure'
from office o
cross join (values (date '2026-12-24'), (date '2026-12-31'), (date '2027-12-24'), (date '2027-12-31')) as c(day);

insert into closure (office_id, day, name_fr, name_nl, name_en)
select id, date '2027-03-12', 'Journée de formation de l''équipe', 'Opleidingsdag van het team', 'Team training day'
from office where code = 'LYS';
