-- How members reach each office and the cooperative's services, and the phone menu that
-- dispatches calls: press a key, reach a service.
create table office_contact (
    office_id bigint primary key references office (id) on delete cascade,
    street    text not null,
    postcode  text not null,
    city      text not null,
    map_url   text not null,
    phone     text not null,
    email     text not null
);

create table service (
    id         bigint primary key,
    slug       text not null unique,
    name_fr    text not null,
    name_nl    text not null,
    name_en    text not null,
    handles_fr text not null,
    handles_nl text not null,
    handles_en text not null,
    email      text not null,
    position   int  not null
);

create table phone_menu (
    office_id  bigint   not null references office (id) on delete cascade,
    key        smallint not null check (key between 0 and 9),
    service_id bigint   not null references service (id) on delete cascade,
    primary key (office_id, key),
    unique (office_id, service_id)
);

insert into office_contact (office_id, street, postcode, city, map_url, phone, email) values
    (1,  'Rue du Marché aux Herbes 52',  '1000', 'Bruxelles', 'https://www.openstreetmap.org/search?query=Rue%20du%20March%C3%A9%20aux%20Herbes%2052%2C%201000%20Bruxelles', '+32 2 512 40 10', 'bruxelles@agora.example'),
    (2,  'Rue Saint-Gilles 28',          '4000', 'Liège',     'https://www.openstreetmap.org/search?query=Rue%20Saint-Gilles%2028%2C%204000%20Li%C3%A8ge', '+32 4 223 18 40', 'liege@agora.example'),
    (3,  'Boulevard Tirou 110',          '6000', 'Charleroi', 'https://www.openstreetmap.org/search?query=Boulevard%20Tirou%20110%2C%206000%20Charleroi', '+32 71 30 52 20', 'charleroi@agora.example'),
    (4,  'Rue de Nimy 45',               '7000', 'Mons',      'https://www.openstreetmap.org/search?query=Rue%20de%20Nimy%2045%2C%207000%20Mons', '+32 65 84 21 30', 'mons@agora.example'),
    (5,  'Rue de Fer 19',                '5000', 'Namur',     'https://www.openstreetmap.org/search?query=Rue%20de%20Fer%2019%2C%205000%20Namur', '+32 81 22 67 50', 'namur@agora.example'),
    (6,  'Vlaanderenstraat 81',          '9000', 'Gent',      'https://www.openstreetmap.org/search?query=Vlaanderenstraat%2081%2C%209000%20Gent', '+32 9 225 36 60', 'gent@agora.example'),
    (7,  'Lange Nieuwstraat 33',         '2000', 'Antwerpen', 'https://www.openstreetmap.org/search?query=Lange%20Nieuwstraat%2033%2C%202000%20Antwerpen', '+32 3 231 49 70', 'antwerpen@agora.example'),
    (8,  'Rue de Béthune 12',            '59000', 'Lille',    'https://www.openstreetmap.org/search?query=Rue%20de%20B%C3%A9thune%2012%2C%2059000%20Lille', '+33 3 20 57 14 80', 'lille@agora.example'),
    (9,  'Rue de Saint-Malo 27',         '35000', 'Rennes',   'https://www.openstreetmap.org/search?query=Rue%20de%20Saint-Malo%2027%2C%2035000%20Rennes', '+33 2 99 31 25 90', 'rennes@agora.example'),
    (10, 'Rue Fouré 8',                  '44000', 'Nantes',   'https://www.openstreetmap.org/search?query=Rue%20Four%C3%A9%208%2C%2044000%20Nantes', '+33 2 40 47 36 10', 'nantes@agora.example'),
    (11, 'Rue Sainte-Catherine 14',      '69001', 'Lyon',     'https://www.openstreetmap.org/search?query=Rue%20Sainte-Catherine%2014%2C%2069001%20Lyon', '+33 4 78 28 47 20', 'lyon@agora.example'),
    (12, 'Rue du Faubourg Saint-Denis 140', '75010', 'Paris', 'https://www.openstreetmap.org/search?query=Rue%20du%20Faubourg%20Saint-Denis%20140%2C%2075010%20Paris', '+33 1 42 05 58 30', 'paris@agora.example');

insert into service (id, slug, name_fr, name_nl, name_en, handles_fr, handles_nl, handles_en, email, position) values
    (1, 'accueil', 'Accueil et administration', 'Onthaal en administratie', 'Welcome and administration',
        'Inscription, attestations, documents de chômage et de mutuelle, changement d''adresse.',
        'Inschrijving, attesten, documenten voor werkloosheid en ziekenfonds, adreswijziging.',
        'Registration, certificates, unemployment and health insurance papers, change of address.',
        'accueil@agora.example', 1),
    (2, 'facturation', 'Facturation et TVA', 'Facturatie en btw', 'Invoicing and VAT',
        'Devis, factures, rappels de paiement, taux de TVA, clients à l''étranger.',
        'Offertes, facturen, betalingsherinneringen, btw-tarieven, klanten in het buitenland.',
        'Quotes, invoices, payment reminders, VAT rates, clients abroad.',
        'facturation@agora.example', 2),
    (3, 'salaires', 'Salaires et notes de frais', 'Lonen en onkostennota''s', 'Pay and expenses',
        'Fiches de paie, demandes de salaire, remboursement des frais, pécule de vacances.',
        'Loonfiches, loonaanvragen, terugbetaling van kosten, vakantiegeld.',
        'Payslips, salary requests, expense refunds, holiday pay.',
        'salaires@agora.example', 3),
    (4, 'accompagnement', 'Conseil et accompagnement', 'Advies en begeleiding', 'Advice and support',
        'Votre conseiller : démarrer, fixer vos prix, développer votre activité, investir, embaucher.',
        'Je adviseur: starten, je prijzen bepalen, je activiteit uitbouwen, investeren, aanwerven.',
        'Your advisor: getting started, setting prices, growing your activity, investing, hiring.',
        'accompagnement@agora.example', 4),
    (5, 'juridique', 'Juridique et droits d''auteur', 'Juridisch en auteursrechten', 'Legal and copyright',
        'Relecture de contrats, cessions et licences de droits d''auteur, litiges avec un client.',
        'Contracten nalezen, overdracht en licenties van auteursrechten, geschillen met een klant.',
        'Contract reviews, copyright assignments and licences, disputes with a client.',
        'juridique@agora.example', 5);

insert into phone_menu (office_id, key, service_id)
select o.id, s.id, s.id from office o cross join service s;
