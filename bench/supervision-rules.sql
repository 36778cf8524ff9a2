-- The demo city's fund-supervision rules written the usual vendor way: one SQL query per rule over the settlement
-- tables, parameters and scenes written into each query, the knowledge base read from sup_kb_entry. Run by
-- bench/supervision.sh after the engine's batch audit, over the same settlements (psql variables :prefix, :from,
-- :to for the region prefix and settlement period, :kbv for the knowledge version the batch used). Each query
-- answers its rule id, the suspicions it finds (distinct settlement and line, as the engine stores them), its own
-- run time in seconds and an md5 of its findings' keys, sorted: settlement:line for a line, settlement: for a
-- whole claim (JG017, JG018, JG021, JG025), the doctor or institution for JG022/JG023, the person for JG024,
-- settlement:item for JG028 — the benchmark compares them with the engine's suspicions keyed the same way, so
-- "same suspicions" means the same ones, not only as many. Temporary views only name the common joins; every rule
-- query reads the tables again.
-- JG024 一个手机号关联多人 groups the residents by their phone's blind index (identity V10: phones themselves are
-- encrypted with a random nonce).
\set ON_ERROR_STOP 1

-- the settlements in force of the period, with what the rules look at
create temp view sup_c as
select s.setl_id, s.mdtrt_id, s.psn_no, p.gend, p.brdy, s.fixmedins_code, s.fixmedins_region, s.setl_date,
       s.begndate, s.enddate, s.insuplc_admdvs <> s.mdtrtarea_admvs as cross_region,
       coalesce(v.atddr_no, '') as doctor,
       coalesce(string_to_array(nullif(s.diag_codes, ''), ','), '{}') as diagnoses,
       coalesce(split_part(nullif(s.diag_codes, ''), ',', 1), '') as main_dx,
       case when s.med_type like '2%' or s.med_type = '52' then 'INPATIENT'
            when s.med_type = '41' then 'PHARMACY' else 'OUTPATIENT' end as scene,
       s.med_type like '14%' as chronic,
       case when s.hosp_lv in ('1', '2', '3') then s.hosp_lv::int
            when s.hosp_lv in ('01', '02', '03', '04') then 3
            when s.hosp_lv in ('05', '06', '07') then 2
            when s.hosp_lv in ('08', '09', '10') then 1 else 0 end as lv,
       extract(year from age(s.begndate, p.brdy))::int as age,
       case ri.kind when 'GENERAL_HOSPITAL' then 'GENERAL' when 'TCM_HOSPITAL' then 'TCM'
            when 'MATERNAL_CHILD' then 'SPECIALTY' when 'PHARMACY' then 'PHARMACY'
            when 'TOWNSHIP_HEALTH_CENTRE' then 'PRIMARY' when 'COMMUNITY_HEALTH_CENTRE' then 'PRIMARY'
            when 'VILLAGE_CLINIC' then 'PRIMARY' end as itype
from ins_settlement s
join ins_person p on p.psn_no = s.psn_no
join ins_visit v on v.mdtrt_id = s.mdtrt_id
left join reg_institution ri on ri.code = s.fixmedins_code
where s.status = 'SETTLED' and s.fixmedins_region like :'prefix' || '%' and s.setl_date between :'from' and :'to';

-- their fee lines, in the order the settlement lists them
create temp view sup_l as
select c.setl_id, f.id as fid, f.feedetl_sn as line_id, f.med_list_codg as code, coalesce(f.item_name, '') as hosp_name,
       coalesce(f.med_chrgitm_type, ci.med_chrgitm_type, '14') as kind,
       coalesce(f.fee_ocur_time::date, c.begndate) as day, f.cnt, f.pric, f.det_item_fee_sumamt as amount,
       coalesce(f.prd_days, 0) as days,
       coalesce(nullif(f.bilg_dr_codg, ''), c.doctor) as doctor, coalesce(f.bilg_dept_codg, '') as dept
from sup_c c
join ins_settlement_line sl on sl.setl_id = c.setl_id
join ins_fee_line f on f.id = sl.fee_line_id
left join ins_catalogue_item ci on ci.med_list_codg = f.med_list_codg;

create temp view sup_kb as select * from sup_kb_entry where version_id = :kbv;

-- JG001 限性别
select 'JG001', count(*), round(extract(epoch from clock_timestamp() - statement_timestamp())::numeric, 3),
       md5(coalesce(string_agg(q.setl_id || ':' || q.line_id, ',' order by q.setl_id || ':' || q.line_id collate "C"), '')) from (
  select distinct l.setl_id, l.line_id from sup_l l join sup_c c using (setl_id)
  join sup_kb k on k.entry_type = 'RESTRICTION' and k.code = l.code
  where k.sex is not null and c.gend in ('1', '2') and k.sex <> c.gend) q;

-- JG002 限年龄
select 'JG002', count(*), round(extract(epoch from clock_timestamp() - statement_timestamp())::numeric, 3),
       md5(coalesce(string_agg(q.setl_id || ':' || q.line_id, ',' order by q.setl_id || ':' || q.line_id collate "C"), '')) from (
  select distinct l.setl_id, l.line_id from sup_l l join sup_c c using (setl_id)
  join sup_kb k on k.entry_type = 'RESTRICTION' and k.code = l.code
  where c.age >= 0 and (k.min_age is not null and c.age < k.min_age or k.max_age is not null and c.age > k.max_age)) q;

-- JG003 限儿童 (18 and over)
select 'JG003', count(*), round(extract(epoch from clock_timestamp() - statement_timestamp())::numeric, 3),
       md5(coalesce(string_agg(q.setl_id || ':' || q.line_id, ',' order by q.setl_id || ':' || q.line_id collate "C"), '')) from (
  select distinct l.setl_id, l.line_id from sup_l l join sup_c c using (setl_id)
  join sup_kb k on k.entry_type = 'RESTRICTION' and k.code = l.code
  where k.child_only and c.age >= 18) q;

-- JG004 限医疗机构级别, at hospitals and primary care (not at a retail pharmacy)
select 'JG004', count(*), round(extract(epoch from clock_timestamp() - statement_timestamp())::numeric, 3),
       md5(coalesce(string_agg(q.setl_id || ':' || q.line_id, ',' order by q.setl_id || ':' || q.line_id collate "C"), '')) from (
  select distinct l.setl_id, l.line_id from sup_l l join sup_c c using (setl_id)
  join sup_kb k on k.entry_type = 'RESTRICTION' and k.code = l.code
  where k.min_level is not null and c.lv < k.min_level and coalesce(c.itype, '') <> 'PHARMACY') q;

-- JG005 限就医方式
select 'JG005', count(*), round(extract(epoch from clock_timestamp() - statement_timestamp())::numeric, 3),
       md5(coalesce(string_agg(q.setl_id || ':' || q.line_id, ',' order by q.setl_id || ':' || q.line_id collate "C"), '')) from (
  select distinct l.setl_id, l.line_id from sup_l l join sup_c c using (setl_id)
  join sup_kb k on k.entry_type = 'RESTRICTION' and k.code = l.code
  where k.scenes <> '' and c.scene <> all (string_to_array(replace(replace(k.scenes, ' ', ''), '|', ','), ','))) q;

-- JG006 限适应症
select 'JG006', count(*), round(extract(epoch from clock_timestamp() - statement_timestamp())::numeric, 3),
       md5(coalesce(string_agg(q.setl_id || ':' || q.line_id, ',' order by q.setl_id || ':' || q.line_id collate "C"), '')) from (
  select distinct l.setl_id, l.line_id from sup_l l join sup_c c using (setl_id)
  join sup_kb k on k.entry_type = 'RESTRICTION' and k.code = l.code
  where k.indications <> '' and not exists (
    select 1 from unnest(c.diagnoses) d, unnest(string_to_array(k.indications, '|')) p
    where trim(p) <> '' and d like trim(p) || '%')) q;

-- JG007 超量开药 (outpatient): a drug line supplying more days (prd_days) than the drug's own limit, else 7; at a
-- 门诊慢特病 visit (med_type 14…) 长处方 up to 90 days
select 'JG007', count(*), round(extract(epoch from clock_timestamp() - statement_timestamp())::numeric, 3),
       md5(coalesce(string_agg(q.setl_id || ':' || q.line_id, ',' order by q.setl_id || ':' || q.line_id collate "C"), '')) from (
  select distinct l.setl_id, l.line_id from sup_l l join sup_c c using (setl_id)
  left join sup_kb k on k.entry_type = 'RESTRICTION' and k.code = l.code
  where c.scene = 'OUTPATIENT' and l.kind in ('09', '10', '11') and l.days > 0
    and l.days > case when c.chronic then greatest(coalesce(k.max_days, 7), 90) else coalesce(k.max_days, 7) end) q;

-- JG008 超频次: the lines that take a code's units of a day beyond its daily maximum
select 'JG008', count(*), round(extract(epoch from clock_timestamp() - statement_timestamp())::numeric, 3),
       md5(coalesce(string_agg(q.setl_id || ':' || q.line_id, ',' order by q.setl_id || ':' || q.line_id collate "C"), '')) from (
  select distinct setl_id, line_id from (
    select l.setl_id, l.line_id, k.max_per_day,
           sum(l.cnt) over (partition by l.setl_id, l.code, l.day order by l.fid) as running
    from sup_l l join sup_kb k on k.entry_type = 'RESTRICTION' and k.code = l.code
    where k.max_per_day is not null) x
  where running > max_per_day) q;

-- JG009 超疗程 (inpatient): lines on days beyond the first course_days days a code was given
select 'JG009', count(*), round(extract(epoch from clock_timestamp() - statement_timestamp())::numeric, 3),
       md5(coalesce(string_agg(q.setl_id || ':' || q.line_id, ',' order by q.setl_id || ':' || q.line_id collate "C"), '')) from (
  select distinct setl_id, line_id from (
    select l.setl_id, l.line_id, k.course_days,
           dense_rank() over (partition by l.setl_id, l.code order by l.day) as nth_day
    from sup_l l join sup_c c using (setl_id)
    join sup_kb k on k.entry_type = 'RESTRICTION' and k.code = l.code
    where k.course_days is not null and c.scene = 'INPATIENT') x
  where nth_day > course_days) q;

-- JG010 超支付标准
select 'JG010', count(*), round(extract(epoch from clock_timestamp() - statement_timestamp())::numeric, 3),
       md5(coalesce(string_agg(q.setl_id || ':' || q.line_id, ',' order by q.setl_id || ':' || q.line_id collate "C"), '')) from (
  select distinct l.setl_id, l.line_id from sup_l l
  join sup_kb k on k.entry_type = 'RESTRICTION' and k.code = l.code
  where k.price_cap is not null and l.pric > k.price_cap) q;

-- JG011 同日重复收费: a service (no drug, no material) again on the day by the same doctor at the same price
select 'JG011', count(*), round(extract(epoch from clock_timestamp() - statement_timestamp())::numeric, 3),
       md5(coalesce(string_agg(q.setl_id || ':' || q.line_id, ',' order by q.setl_id || ':' || q.line_id collate "C"), '')) from (
  select distinct setl_id, line_id from (
    select l.setl_id, l.line_id,
           row_number() over (partition by l.setl_id, l.code, l.day, l.doctor, l.pric order by l.fid) as n
    from sup_l l where l.kind not in ('08', '09', '10', '11')) x
  where n > 1) q;

-- JG012 项目内涵重复收费: a component billed on the day of a bundle that includes it
select 'JG012', count(*), round(extract(epoch from clock_timestamp() - statement_timestamp())::numeric, 3),
       md5(coalesce(string_agg(q.setl_id || ':' || q.line_id, ',' order by q.setl_id || ':' || q.line_id collate "C"), '')) from (
  select distinct l.setl_id, l.line_id from sup_l l
  join sup_kb b on b.entry_type = 'BUNDLE' and l.code = any (string_to_array(replace(b.other, ' ', ''), '|'))
  where exists (select 1 from sup_l o where o.setl_id = l.setl_id and o.day = l.day and o.code = b.code)) q;

-- JG013 互斥项目: the later-listed of two exclusive items of one day
select 'JG013', count(*), round(extract(epoch from clock_timestamp() - statement_timestamp())::numeric, 3),
       md5(coalesce(string_agg(q.setl_id || ':' || q.line_id, ',' order by q.setl_id || ':' || q.line_id collate "C"), '')) from (
  select distinct l.setl_id, l.line_id from sup_l l
  join sup_kb e on e.entry_type = 'EXCLUSIVE' and (e.code = l.code or e.other = l.code)
  where exists (select 1 from sup_l o where o.setl_id = l.setl_id and o.day = l.day and o.fid < l.fid
                and o.code = case when e.code = l.code then e.other else e.code end)) q;

-- JG014 分解项目收费: two or more components of a bundle billed on one day without it, costing more than it (the
-- first line of each component code counted), filed on the first component line
select 'JG014', count(*), round(extract(epoch from clock_timestamp() - statement_timestamp())::numeric, 3),
       md5(coalesce(string_agg(q.setl_id || ':' || q.line_id, ',' order by q.setl_id || ':' || q.line_id collate "C"), '')) from (
  select distinct p.setl_id, f.line_id from (
    select setl_id, bundle, day, price, count(*) as parts, sum(amount) as total, min(first_fid) as first_fid from (
      select l.setl_id, b.code as bundle, l.day, coalesce(b.price, 0) as price, l.code, min(l.fid) as first_fid,
             (array_agg(l.amount order by l.fid))[1] as amount
      from sup_l l
      join sup_kb b on b.entry_type = 'BUNDLE' and l.code = any (string_to_array(replace(b.other, ' ', ''), '|'))
      where not exists (select 1 from sup_l o where o.setl_id = l.setl_id and o.day = l.day and o.code = b.code)
      group by l.setl_id, b.code, l.day, b.price, l.code) per_code
    group by setl_id, bundle, day, price) p
  join sup_l f on f.setl_id = p.setl_id and f.fid = p.first_fid
  where p.parts >= 2 and p.total > p.price) q;

-- JG015 串换项目: the hospital's item name shows the cheaper item
select 'JG015', count(*), round(extract(epoch from clock_timestamp() - statement_timestamp())::numeric, 3),
       md5(coalesce(string_agg(q.setl_id || ':' || q.line_id, ',' order by q.setl_id || ':' || q.line_id collate "C"), '')) from (
  select distinct l.setl_id, l.line_id from sup_l l
  join sup_kb s on s.entry_type = 'SUBSTITUTION' and s.code = l.code
  where l.hosp_name <> '' and s.keyword <> '' and position(lower(s.keyword) in lower(l.hosp_name)) > 0) q;

-- JG016 关联项目缺失: none of the items a line needs billed in the visit
select 'JG016', count(*), round(extract(epoch from clock_timestamp() - statement_timestamp())::numeric, 3),
       md5(coalesce(string_agg(q.setl_id || ':' || q.line_id, ',' order by q.setl_id || ':' || q.line_id collate "C"), '')) from (
  select distinct l.setl_id, l.line_id from sup_l l
  join sup_kb k on k.entry_type = 'RESTRICTION' and k.code = l.code
  where k.requires <> '' and not exists (
    select 1 from sup_l o where o.setl_id = l.setl_id
    and o.code = any (string_to_array(replace(k.requires, ' ', ''), '|')))) q;

-- JG017 分解住院: readmitted within 15 days of an earlier stay of the period with the same ICD-10 category (Z51 out)
select 'JG017', count(*), round(extract(epoch from clock_timestamp() - statement_timestamp())::numeric, 3),
       md5(coalesce(string_agg(q.setl_id || ':', ',' order by q.setl_id || ':' collate "C"), '')) from (
  select distinct c.setl_id from sup_c c
  join sup_c e on e.psn_no = c.psn_no and e.scene = 'INPATIENT' and e.mdtrt_id <> c.mdtrt_id
   and (e.begndate, e.setl_id) < (c.begndate, c.setl_id)
  where c.scene = 'INPATIENT' and length(c.main_dx) >= 3 and c.main_dx not like 'Z51%' and e.main_dx not like 'Z51%'
    and e.enddate <= c.begndate and c.begndate - e.enddate <= 15 and e.main_dx like left(c.main_dx, 3) || '%') q;

-- JG018 挂床住院: three or more consecutive days with bed, nursing and ward rounds only
select 'JG018', count(*), round(extract(epoch from clock_timestamp() - statement_timestamp())::numeric, 3),
       md5(coalesce(string_agg(q.setl_id || ':', ',' order by q.setl_id || ':' collate "C"), '')) from (
  select distinct setl_id from (
    select setl_id, day - (row_number() over (partition by setl_id order by day))::int as island
    from (select l.setl_id, l.day from sup_l l join sup_c c using (setl_id) where c.scene = 'INPATIENT'
          group by l.setl_id, l.day having bool_and(l.kind in ('01', '02', '07', '12'))) d) x
  group by setl_id, island having count(*) >= 3) q;

-- JG019 高频购药 (outpatient, pharmacy): more than 4 visits buying the drug in a calendar month, this one included,
-- on the first line of each drug of the visit. Set-based (the visits buying each drug in each month joined to
-- themselves on person, drug and month): the first version asked a correlated subquery per line, which PostgreSQL ran
-- as a scan of all fee lines per line (hours at 3 x 10^6 lines; 14.7 of 20.3 s at 10^5)
select 'JG019', count(*), round(extract(epoch from clock_timestamp() - statement_timestamp())::numeric, 3),
       md5(coalesce(string_agg(q.setl_id || ':' || q.line_id, ',' order by q.setl_id || ':' || q.line_id collate "C"), '')) from (
  with line as (
         select l.setl_id, l.line_id, l.code, l.kind, date_trunc('month', l.day) as m,
                row_number() over (partition by l.setl_id, l.code order by l.fid) as nth
         from sup_l l),
       buy as (
         select distinct c.psn_no, c.mdtrt_id, c.setl_id, c.begndate, c.scene, l.code, l.m, l.line_id, l.nth
         from line l join sup_c c using (setl_id)
         where l.kind in ('09', '10', '11'))
  select f.setl_id, f.line_id
  from buy f join buy b on b.psn_no = f.psn_no and b.code = f.code and b.m = f.m
   and (b.begndate, b.setl_id) < (f.begndate, f.setl_id) and b.mdtrt_id <> f.mdtrt_id
  where f.scene in ('OUTPATIENT', 'PHARMACY') and f.nth = 1
  group by f.setl_id, f.line_id
  having count(distinct b.mdtrt_id) + 1 > 4) q;

-- JG020 超量购药 (outpatient, pharmacy): a drug line bought while the person's earlier purchases of it still last:
-- the days they supplied (prd_days, purchases of the last 90 days of the period, other visits, each line counted)
-- exceed 1.2 x the days since the first of them. Earlier = before this visit in admission order, as the batch reads
-- a person's visits.
select 'JG020', count(*), round(extract(epoch from clock_timestamp() - statement_timestamp())::numeric, 3),
       md5(coalesce(string_agg(q.setl_id || ':' || q.line_id, ',' order by q.setl_id || ':' || q.line_id collate "C"), '')) from (
  with buy as (
         select c.psn_no, c.mdtrt_id, c.setl_id, c.begndate, c.scene, l.line_id, l.code, l.day, l.days
         from sup_l l join sup_c c using (setl_id)
         where l.kind in ('09', '10', '11'))
  select f.setl_id, f.line_id
  from buy f join buy b on b.psn_no = f.psn_no and b.code = f.code
   and (b.begndate, b.setl_id) < (f.begndate, f.setl_id) and b.mdtrt_id <> f.mdtrt_id
   and b.days > 0 and b.day <= f.day and f.day - b.day <= 90
  where f.scene in ('OUTPATIENT', 'PHARMACY')
  group by f.setl_id, f.line_id, f.day
  having sum(b.days) > 1.2 * (f.day - min(b.day))) q;

-- JG021 住院天数异常: longer than 60 days, at general, TCM and primary-care institutions
select 'JG021', count(*), round(extract(epoch from clock_timestamp() - statement_timestamp())::numeric, 3),
       md5(coalesce(string_agg(q.setl_id || ':', ',' order by q.setl_id || ':' collate "C"), '')) from (
  select c.setl_id from sup_c c where c.scene = 'INPATIENT' and greatest(1, c.enddate - c.begndate) > 60
    and coalesce(c.itype, 'GENERAL') in ('GENERAL', 'TCM', 'PRIMARY')) q;

-- JG022 / JG023 次均费用超同级 3σ: a doctor's (an institution's) cost per visit against the other members with 20+
-- visits of the same level, type and scene (同级同类, at least 4 of them): above their mean + 3 population standard deviations
select 'JG022', count(*), round(extract(epoch from clock_timestamp() - statement_timestamp())::numeric, 3),
       md5(coalesce(string_agg(q.who, ',' order by q.who collate "C"), '')) from (
  with claim as (select c.doctor as who, c.lv, c.itype, c.scene,
                        (select coalesce(sum(l.amount), 0) from sup_l l where l.setl_id = c.setl_id) as total
                 from sup_c c where c.scene in ('OUTPATIENT', 'INPATIENT')),
       member as (select who, lv, itype, scene, avg(total) as cost from claim where who <> ''
                  group by who, lv, itype, scene having count(*) >= 20),
       peer as (select m.*, count(*) over w - 1 as others, sum(cost) over w as s, sum(cost * cost) over w as q
                from member m window w as (partition by lv, itype, scene))
  select who from peer
  where others >= 4
    and cost > (s - cost) / others + 3 * sqrt(greatest(0, (q - cost * cost) / others - ((s - cost) / others) ^ 2))) q;

select 'JG023', count(*), round(extract(epoch from clock_timestamp() - statement_timestamp())::numeric, 3),
       md5(coalesce(string_agg(q.who, ',' order by q.who collate "C"), '')) from (
  with claim as (select c.fixmedins_code as who, c.lv, c.itype, c.scene,
                        (select coalesce(sum(l.amount), 0) from sup_l l where l.setl_id = c.setl_id) as total
                 from sup_c c where c.scene in ('OUTPATIENT', 'INPATIENT')),
       member as (select who, lv, itype, scene, avg(total) as cost from claim where who <> ''
                  group by who, lv, itype, scene having count(*) >= 20),
       peer as (select m.*, count(*) over w - 1 as others, sum(cost) over w as s, sum(cost * cost) over w as q
                from member m window w as (partition by lv, itype, scene))
  select who from peer
  where others >= 4
    and cost > (s - cost) / others + 3 * sqrt(greatest(0, (q - cost * cost) / others - ((s - cost) / others) ^ 2))) q;

-- JG024 一个手机号关联多人: more than 2 active insured residents gave one phone (grouped by its blind index), filed on
-- each such person's first settlement of the period (setl_date, then setl_id as Java orders strings)
select 'JG024', count(*), round(extract(epoch from clock_timestamp() - statement_timestamp())::numeric, 3),
       md5(coalesce(string_agg(q.psn_no, ',' order by q.psn_no collate "C"), '')) from (
  with shared as (
         select i.lookup_key as psn_no from idn_resident r
         join idn_identifier i on i.resident_id = r.resident_id and i.type = 'PSN_NO'
         where r.status = 'ACTIVE' and r.phone_bidx in (
           select r2.phone_bidx from idn_resident r2
           join idn_identifier i2 on i2.resident_id = r2.resident_id and i2.type = 'PSN_NO'
           where r2.status = 'ACTIVE' and r2.phone_bidx is not null
           group by r2.phone_bidx having count(distinct i2.lookup_key) > 2))
  select distinct on (c.psn_no) c.psn_no, c.setl_id from sup_c c
  where c.psn_no in (select psn_no from shared)
  order by c.psn_no, c.setl_date, c.setl_id collate "C") q;

-- JG025 异地就医期间在他处就医: a cross-region visit overlapping a visit of the person at another institution
select 'JG025', count(*), round(extract(epoch from clock_timestamp() - statement_timestamp())::numeric, 3),
       md5(coalesce(string_agg(q.setl_id || ':', ',' order by q.setl_id || ':' collate "C"), '')) from (
  select distinct r.setl_id from sup_c r join sup_c o on o.psn_no = r.psn_no and o.setl_id <> r.setl_id
   and o.fixmedins_code <> r.fixmedins_code
  where r.cross_region and (o.begndate > r.begndate and o.begndate < r.enddate
                            or r.begndate > o.begndate and r.begndate < o.enddate)) q;

-- JG026 死亡后就医: a visit after the insured person's registered death, or lines dated after it
select 'JG026', count(*), round(extract(epoch from clock_timestamp() - statement_timestamp())::numeric, 3),
       md5(coalesce(string_agg(q.setl_id || ':' || q.line_id, ',' order by q.setl_id || ':' || q.line_id collate "C"), '')) from (
  select c.setl_id, '' as line_id from sup_c c
  join idn_identifier i on i.type = 'PSN_NO' and i.lookup_key = c.psn_no join idn_death d on d.resident_id = i.resident_id
  where c.begndate > d.date_of_death
  union
  select l.setl_id, l.line_id from sup_l l join sup_c c using (setl_id)
  join idn_identifier i on i.type = 'PSN_NO' and i.lookup_key = c.psn_no join idn_death d on d.resident_id = i.resident_id
  where c.begndate <= d.date_of_death and l.day > d.date_of_death) q;

-- JG027 限科室: a line billed by a department under none of the item's department prefixes (a line without one is
-- left alone), not at a retail pharmacy
select 'JG027', count(*), round(extract(epoch from clock_timestamp() - statement_timestamp())::numeric, 3),
       md5(coalesce(string_agg(q.setl_id || ':' || q.line_id, ',' order by q.setl_id || ':' || q.line_id collate "C"), '')) from (
  select distinct l.setl_id, l.line_id from sup_l l join sup_c c using (setl_id)
  join sup_kb k on k.entry_type = 'RESTRICTION' and k.code = l.code
  where k.departments <> '' and l.dept <> '' and coalesce(c.itype, '') <> 'PHARMACY' and not exists (
    select 1 from unnest(string_to_array(replace(k.departments, ' ', ''), '|')) p where l.dept like p || '%')) q;

-- JG028 超限定金额: what a settlement billed of an item beyond its most, one finding per settlement and item
select 'JG028', count(*), round(extract(epoch from clock_timestamp() - statement_timestamp())::numeric, 3),
       md5(coalesce(string_agg(q.setl_id || ':' || q.code, ',' order by q.setl_id || ':' || q.code collate "C"), '')) from (
  select l.setl_id, l.code from sup_l l
  join sup_kb k on k.entry_type = 'RESTRICTION' and k.code = l.code
  where k.max_amount is not null
  group by l.setl_id, l.code, k.max_amount having sum(l.amount) > k.max_amount) q;
