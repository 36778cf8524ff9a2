-- 医药企业: a drug or consumable enterprise on the 阳光采购 platform. Its account is scoped to an "institution" whose
-- code is the enterprise's platform code (E…), so it sees the orders placed with it and no hospital's data.
-- Permissions come from the modules' catalogues (pharma), not from this migration.
insert into sec_role (code, name_key, scope_kind) values
    ('SUPPLIER', 'role.SUPPLIER', 'INSTITUTION');
