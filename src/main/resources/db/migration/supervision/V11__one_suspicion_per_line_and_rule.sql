-- One suspicion per settlement, rule and fee line, whatever the rules version. Until now the key held the rules
-- version, and a version is the whole rule book: editing one rule and auditing again (the nightly year-to-date run does)
-- filed every unchanged rule's findings a second time, and the same line could be upheld and deducted twice.
-- SuspicionRepository.insertIfNew now files a finding only if no version filed it. Here the second copies nobody has
-- answered or decided yet are removed (the first stays, with its case); then the key is made unique. Should copies that
-- were answered or decided remain (only an installation that re-audited with an edited book and worked those cases),
-- they are kept as they are and the index is not unique: the code's check holds all the same, and the warning says so.
delete from sup_suspicion s
where s.status = 'OPEN' and s.answered_at is null and s.decided_at is null
  and exists (select 1 from sup_suspicion e
              where e.setl_id = s.setl_id and e.rule_id = s.rule_id and e.line_id = s.line_id and e.id < s.id);

do $$
begin
    if exists (select 1 from sup_suspicion group by setl_id, rule_id, line_id having count(*) > 1) then
        raise warning 'sup_suspicion keeps answered or decided second copies of a finding; sup_suspicion_finding is not unique';
        create index sup_suspicion_finding on sup_suspicion (setl_id, rule_id, line_id);
    else
        create unique index sup_suspicion_finding on sup_suspicion (setl_id, rule_id, line_id);
    end if;
end
$$;
