-- The HTML part of a mail sent as text and HTML; empty for a text-only mail.
alter table outgoing_mail add column html_body text not null default '';
