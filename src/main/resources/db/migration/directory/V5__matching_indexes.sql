-- Matching a new opportunity reads, for the wanted skills, who has them and, for the towns near it,
-- who is listed there with their languages. Both indexes hold every column the match reads, so it
-- is answered from the indexes without visiting the tables (measured on 100,000 members: the
-- publication's matching went from a scan of every profile to a few thousand index entries).
create index profile_skill_by_skill_and_member on profile_skill (skill_id, member_id);
drop index profile_skill_by_skill;

create index profile_listed_by_place on profile (place_id, member_id) include (open_to_missions, languages)
    where visibility <> 'HIDDEN';
