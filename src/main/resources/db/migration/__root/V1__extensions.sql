-- Extensions every module may rely on. pg_trgm backs the fuzzy name searches of the list pages.
create extension if not exists pg_trgm;
