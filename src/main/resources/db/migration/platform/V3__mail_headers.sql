-- Extra headers of a mail, one "Name: value" per line, such as List-Unsubscribe for digests.
alter table outgoing_mail add column headers text not null default '';
-- To find whether mail to an address is given up on, for the modules that stop mailing it then.
create index outgoing_mail_recipient on outgoing_mail (recipient, id desc);
