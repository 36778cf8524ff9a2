-- Disease mix (issue 12, 医保数据专区 and 一屏观医): the DRG module's month results now carry their DRGs, counted as the
-- facts drg.group.cases and drg.group.fund sliced by drg. Facts carry codes only; the DRG's name as the DRG module last
-- reported it is kept here for the pages (written by the same transaction that counts the month's facts).
create table mon_drg_name (
    drg         varchar(20)  primary key,
    name        varchar(200) not null,
    reported_at timestamptz  not null default now()
);

-- CMI (病例组合指数, from the DRG month results) joins 诊疗能力 of the six-dimension hospital performance index, as in
-- the 国考 (the higher the better); the dimension's other indicators keep their proportion.
update mon_perf_indicator set weight = 40 where dimension_code = 'capability' and indicator_code = 'grade4_surgery_ratio';
update mon_perf_indicator set weight = 30 where dimension_code = 'capability' and indicator_code = 'surgery_patient_ratio';
insert into mon_perf_indicator (dimension_code, indicator_code, weight, scoring, position)
values ('capability', 'cmi', 30, 'UP', 3)
on conflict (dimension_code, indicator_code) do nothing;
