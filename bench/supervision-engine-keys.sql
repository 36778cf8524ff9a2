-- The engine's suspicions of the period keyed as bench/supervision-rules.sql keys its findings, per rule: how many
-- and an md5 of the sorted keys. Filed under this rules version or an earlier one (a finding is filed once), on
-- settlements still in force. JG024 flags a person once whichever period found it (supervision V17), so it is
-- keyed by person: those flagged with a settlement in force in the period. psql variables :from and :to.
select rule_id, count(*), md5(coalesce(string_agg(k, ',' order by k collate "C"), '')) from (
  select distinct u.rule_id,
         case u.rule_id when 'JG022' then u.item_code when 'JG023' then u.item_code
                        when 'JG028' then u.setl_id || ':' || u.item_code
                        when 'JG017' then u.setl_id || ':' when 'JG018' then u.setl_id || ':'
                        when 'JG021' then u.setl_id || ':' when 'JG025' then u.setl_id || ':'
                        else u.setl_id || ':' || u.line_id end as k
  from sup_suspicion u join ins_settlement s on s.setl_id = u.setl_id and s.status = 'SETTLED'
  where u.setl_date between :'from' and :'to' and u.rule_id <> 'JG024' and u.fixmedins_region like '3599%'
  union
  select u.rule_id, u.psn_no from sup_suspicion u
  where u.rule_id = 'JG024' and u.fixmedins_region like '3599%'
    and exists (select 1 from ins_settlement s where s.psn_no = u.psn_no and s.status = 'SETTLED'
                and s.setl_date between :'from' and :'to')) e
group by rule_id;
