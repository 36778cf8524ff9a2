-- The prescription review tables a region curates for itself (处方审核规则: days and drug-count limits, dose and
-- frequency ranges, interaction pairs, contraindications) are imported from CSV on the 审方规则 page; each region's
-- rows say who imported them and when. The platform's defaults (region '000000') came with V11.
alter table ph_rx_limit add column imported_by varchar(60), add column imported_at timestamptz;
alter table ph_rx_drug_rule add column imported_by varchar(60), add column imported_at timestamptz;
alter table ph_rx_interaction add column imported_by varchar(60), add column imported_at timestamptz;
alter table ph_rx_contraindication add column imported_by varchar(60), add column imported_at timestamptz;
