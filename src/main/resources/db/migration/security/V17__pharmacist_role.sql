-- 审方药师: a hospital pharmacist who reviews e-prescriptions before they flow (审方) and
-- reviews the sampled ones in 处方点评. Sees only their own institution. Permissions come
-- from the modules' catalogues (pharma), not from this migration.
insert into sec_role (code, name_key, scope_kind) values
    ('PHARMACIST', 'role.PHARMACIST', 'INSTITUTION');
