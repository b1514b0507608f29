-- Suggestions rank the mentors sharing a skill with the request first, found through this index.
create index mentor_skills on mentor using gin (skill_ids) where available;
