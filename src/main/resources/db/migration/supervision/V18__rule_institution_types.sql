-- 医疗机构类型, the attribute of the national rule template the rules lacked beside the levels: the types of
-- institution a rule applies to (GENERAL 综合医院, TCM 中医, SPECIALTY 专科/妇幼, PRIMARY 基层, PHARMACY 定点零售药店;
-- comma-separated, '' for every type).
alter table sup_rule add column types varchar(100) not null default '';
