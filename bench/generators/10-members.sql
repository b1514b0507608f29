-- Members of the cooperative, besides the demo accounts: French, Dutch and English speakers with
-- names and home offices to match, mostly active, a few waiting for confirmation or disabled.
-- Writes members.csv, active generated members in random order, for the scenarios that sign in.

select setseed(0.2026) \g /dev/null

-- bcrypt is too slow to hash every member's password, and the hash is what sign-in spends its
-- time on, so they all share the demo accounts' password and its hash, made by Agora itself.
do $$
begin
    if not exists (select from accounts.account where email = 'member@agora.example' and password_hash is not null) then
        raise exception 'Generated members reuse the password hash of member@agora.example: start Agora with agora.demo=true';
    end if;
end
$$;
select password_hash as demo_hash from accounts.account where email = 'member@agora.example' \gset

create temporary table name_pool (language text primary key, firsts text[], lasts text[], offices bigint[]);
insert into name_pool values
    ('fr',
     array['Camille', 'Léa', 'Manon', 'Chloé', 'Inès', 'Sarah', 'Emma', 'Julie', 'Marie', 'Élodie',
           'Sophie', 'Nathalie', 'Isabelle', 'Amélie', 'Claire', 'Lucie', 'Pauline', 'Mathilde', 'Céline',
           'Aurélie', 'Hugo', 'Lucas', 'Thomas', 'Nicolas', 'Julien', 'Antoine', 'Maxime', 'Alexandre',
           'Louis', 'Mehdi', 'Yannick', 'François', 'Pierre', 'Olivier', 'Laurent', 'Sébastien', 'Mathieu',
           'Romain', 'Quentin', 'Karim', 'Fatima', 'Yasmine', 'Gaëlle', 'Noémie', 'Jérôme'],
     array['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy',
           'Moreau', 'Simon', 'Laurent', 'Lefebvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux',
           'Vincent', 'Fournier', 'Morel', 'Girard', 'André', 'Lefèvre', 'Mercier', 'Dupont', 'Lambert',
           'Bonnet', 'François', 'Martinez', 'Legrand', 'Garnier', 'Faure', 'Rousseau', 'Blanc', 'Guérin',
           'Henry', 'Perrin', 'Morin', 'Clément', 'Gauthier', 'Dumont', 'Fontaine', 'Chevalier', 'Renard',
           'Benali', 'Haddad', 'Gérard', 'Le Gall', 'Nguyen', 'Collignon', 'Lejeune', 'Wathelet'],
     array[1, 2, 3, 4, 5, 8, 9, 10, 11, 12]),
    ('nl',
     array['Lotte', 'Sanne', 'Emma', 'Lisa', 'Anouk', 'Fien', 'Noor', 'Julie', 'Lien', 'Sofie', 'Eline',
           'Marieke', 'Annelies', 'Evi', 'Hanne', 'Jan', 'Pieter', 'Bram', 'Wout', 'Thijs', 'Joris', 'Stijn',
           'Koen', 'Bart', 'Tom', 'Jeroen', 'Sander', 'Niels', 'Ruben', 'Lars', 'Jens', 'Dries', 'Maarten',
           'Wim', 'Griet', 'Katrien', 'Ine', 'Seppe', 'Warre'],
     array['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters',
           'De Smet', 'Hermans', 'Aerts', 'Pauwels', 'Vermeulen', 'Van den Broeck', 'De Vos', 'Michiels',
           'Desmet', 'Van Damme', 'Verhoeven', 'Smets', 'De Backer', 'Hendrickx', 'Vandenberghe',
           'De Clercq', 'Verstraete', 'Van de Velde', 'Lambrechts', 'Coppens', 'Martens', 'Van Dyck',
           'Segers', 'Bosmans', 'Verbruggen', 'Declercq', 'Van Acker'],
     array[1, 6, 6, 7, 7]),
    ('en',
     array['Oliver', 'Amelia', 'Jack', 'Olivia', 'Harry', 'Isla', 'George', 'Emily', 'Noah', 'Ava',
           'Charlie', 'Sophie', 'Jacob', 'Grace', 'Thomas', 'Lily', 'James', 'Mia', 'William', 'Chloe'],
     array['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson',
           'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson',
           'Clarke', 'Patel', 'Murphy', 'O''Brien'],
     array[1, 1, 6, 7, 11, 12]);

create temporary table generated_member as
select person.i,
       person.language,
       person.first_name || ' ' || person.last_name as display_name,
       translate(lower(person.first_name || '.' || person.last_name), 'àâäçéèêëîïôöùûüñ'' ', 'aaaceeeeiioouuun-')
           || '.' || person.i || '@' || (array['mail.example', 'post.example', 'coop.example'])[1 + person.i % 3] as email,
       person.office,
       person.created_at,
       case when person.r < 0.03 then 'PENDING' when person.r < 0.05 then 'DISABLED' else 'ACTIVE' end as status
from (
    select n.i,
           pool.language,
           pool.firsts[1 + floor(random() * cardinality(pool.firsts))::int] as first_name,
           pool.lasts[1 + floor(random() * cardinality(pool.lasts))::int] as last_name,
           pool.offices[1 + floor(random() * cardinality(pool.offices))::int] as office,
           now() - random() * interval '6 years' as created_at,
           random() as r
    from (select i, random() as pick from generate_series(1, :members) as i) as n
    join name_pool as pool
      on pool.language = case when n.pick < 0.55 then 'fr' when n.pick < 0.93 then 'nl' else 'en' end
) as person;

insert into accounts.account (email, password_hash, display_name, language, home_office_id, status, created_at, verified_at)
select email,
       :'demo_hash',
       display_name,
       language,
       office,
       status,
       created_at,
       case when status = 'PENDING' then null else created_at + random() * interval '2 days' end
from generated_member
order by i;

insert into accounts.account_role (account_id, role)
select account.id, role.name
from generated_member
join accounts.account using (email)
cross join lateral (
    select 'MEMBER' as name
    union all
    select 'ADVISOR' where generated_member.i % 200 = 0
) as role;

analyze accounts.account;
analyze accounts.account_role;

\copy (select email from generated_member where status = 'ACTIVE' order by random()) to 'members.csv' with (format csv, header)
