-- Two restrictions of the knowledge base the entries lacked: the departments (科室, national department-code prefixes,
-- bar-separated) that alone may bill an item (限科室), and the most a visit may bill of it (限定最高金额, 元).
alter table sup_kb_entry add column departments varchar(200) not null default '',
    add column max_amount numeric(16,2);
