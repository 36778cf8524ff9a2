-- 2204/2301 fee lines keep prd_days (周期天数: the days a drug line supplies, as the HIS sends it), so that a drug
-- bought in a settlement without an e-prescription (a hospital's outpatient visit, a pharmacy's sale) counts with its
-- days for 超量购药 at the next purchase (issue 14; SettledClaims.drugPurchases). Lines uploaded before, and lines
-- that do not say, have none.
alter table ins_fee_line add column prd_days smallint check (prd_days between 1 and 366);
