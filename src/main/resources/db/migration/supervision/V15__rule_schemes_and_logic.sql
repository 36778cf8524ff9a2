-- Two attributes of the national rule template the rules lacked: the schemes (险种, insutype codes, comma-separated;
-- '' for every scheme) a rule applies to, and its logic (规则逻辑) as the template states it, shown in the rule library.
alter table sup_rule add column schemes varchar(100) not null default '',
    add column logic varchar(1000) not null default '';
