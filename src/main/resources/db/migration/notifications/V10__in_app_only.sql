-- An event whose module already mailed the member about it: kept in the notification centre only,
-- whatever the member's choice, so that one thing never makes two mails.
alter table burst add column in_app_only boolean not null default false;
