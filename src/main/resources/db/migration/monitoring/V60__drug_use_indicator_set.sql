-- A fourth indicator set, 合理用药 (DRUG_USE): the drug-use indicators pharma's facts feed (抗菌药物处方比例, 使用率,
-- 使用强度 AUD, 基本药物处方占比, 中选药品使用比例). The definitions themselves are shipped by the application like the
-- others (approved version 1 on the first start). Replacing the check takes a short exclusive lock on a table of a few
-- dozen rows.
alter table mon_indicator drop constraint mon_indicator_sets_check;
alter table mon_indicator add constraint mon_indicator_sets_check
    check (sets ~ '^((REFORM|FUND|HOSPITAL|DRUG_USE)(,(REFORM|FUND|HOSPITAL|DRUG_USE))*)?$');
