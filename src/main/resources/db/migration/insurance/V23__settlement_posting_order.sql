-- The order settlements were posted in, for policy replay: a person's settlements and reversals must be replayed in
-- the order they changed the year-to-date totals. Neither setl_time (history recorded after the fact is dated
-- earlier than it was posted) nor the setl_id serial (each node hands serials out of a block fetched earlier, so a
-- settlement posted later can carry a smaller serial than a bulk load's) gives it. nextval at insert time does: the
-- insert runs while the transaction holds the person's ins_accumulator row, so two settlements of one person get
-- numbers in the order they were applied, on any number of nodes. The sequence has no cache (cache 1) so numbers
-- follow the order of the calls across sessions.
create sequence ins_posting_seq cache 1;

alter table ins_settlement add column posting_no bigint;

-- Rows posted before this column existed: their settlement time, then the identifier (the best order they have).
update ins_settlement s
set posting_no = o.n
from (select setl_id, row_number() over (order by setl_time, setl_id) as n from ins_settlement) o
where o.setl_id = s.setl_id;

select setval('ins_posting_seq', coalesce((select max(posting_no) from ins_settlement), 0) + 1, false);

alter table ins_settlement alter column posting_no set default nextval('ins_posting_seq');
alter table ins_settlement alter column posting_no set not null;
