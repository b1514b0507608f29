-- The profile photo, kept in the platform file store (no foreign key across schemas).
alter table profile add column photo_id bigint;
