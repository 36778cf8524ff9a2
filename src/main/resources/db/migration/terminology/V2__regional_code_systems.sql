-- Who maintains a code system: NULL for a national one (ICD-10 医保版, ICD-9-CM-3, the national dictionaries and
-- catalogues), which only the platform administrator may import or retire; a region's division code for a system
-- that region keeps for itself. Adding a nullable column without a default changes only the catalogue (no rewrite).
alter table term_code_system add column owner_region varchar(12);
