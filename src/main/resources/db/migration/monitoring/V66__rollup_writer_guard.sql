-- The rollup's writers must keep its margins (V65). A node of a version before V65 writes mon_fact_rollup (a bulk
-- report's sums, the fold of the live deltas) without adding to mon_fact_margin, and every answer read from a margin
-- would silently leave those sums out. A connection of this version says which rollup protocol it follows
-- (DatabaseConfiguration sets sanyi.rollup_protocol when it opens one); a statement writing the rollup from a
-- connection that does not say 65 or later is refused, so an old node still running during an upgrade fails its bulk
-- reports and its folds, and their transactions change nothing; the deltas its live reports append carry no margins,
-- and a node of this version folds them with theirs. A later migration that writes the rollup sets the protocol itself
-- (set local sanyi.rollup_protocol = '65') and keeps the margins.
create function mon_rollup_writer_check() returns trigger
    language plpgsql as
$$
begin
    if coalesce(nullif(current_setting('sanyi.rollup_protocol', true), ''), '0')::integer < 65 then
        raise exception 'mon_fact_rollup written by a node before monitoring V65, which would leave its margins behind'
            using errcode = 'P0001',
                hint = 'stop the nodes of earlier versions; a node of this version folds their deltas';
    end if;
    return null;
end
$$;

create trigger mon_fact_rollup_writer
    before insert or update on mon_fact_rollup
    for each statement execute function mon_rollup_writer_check();
