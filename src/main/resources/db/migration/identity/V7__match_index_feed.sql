-- Several application nodes share one master patient index (docs/SCALING.md §1). Each node keeps its match index
-- in memory and, before every match, reads the source records changed since it last looked: those whose change
-- number is above the highest it has seen (or one it found missing, which a transaction still open may fill).
-- A registration takes the next change number with its insert; a merge or unmerge gives every source record it
-- moves a new one, so the other nodes learn the new owner too.

create sequence idn_source_change_seq;

-- A new column with a constant default is stored in the catalogue only: no rewrite. Existing rows have 0, which a
-- node loading its index reads like any other row.
alter table idn_source_record add column change_no bigint not null default 0;
alter table idn_source_record alter column change_no set default nextval('idn_source_change_seq');
alter sequence idn_source_change_seq owned by idn_source_record.change_no;

-- Builds while writes to idn_source_record wait (seconds for a million rows); the catch-up query reads the newest
-- few entries of it.
create index idn_source_change on idn_source_record (change_no);

-- Resident numbers (R + 12 digits) from a sequence: two nodes creating residents at once must not both take
-- max(id) + 1. Starts where that expression stands now, so the numbers continue.
create sequence idn_resident_number_seq;
select setval('idn_resident_number_seq', coalesce((select max(id) from idn_resident), 0) + 1, false);
