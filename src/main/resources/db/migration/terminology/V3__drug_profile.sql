-- What the pharmaceutical side needs of a drug or consumable beyond its insurance class (issue 14): the generic name
-- (通用名) that groups products of one molecule and form, the ATC class of a 西药, the minimum unit (最小制剂单位: 片,
-- 粒, 支) in which 集采 volumes are counted and how many of them one pricing unit holds, and the 基本药物, 国谈
-- (negotiated) and 集采 (volume-based procurement) flags. Nullable columns and constant defaults: PostgreSQL adds
-- them to the catalogue without rewriting the table.
alter table term_catalogue_item
    add column generic_name  varchar(200),
    add column atc_code      varchar(7) collate "C" check (atc_code ~ '^[A-Z][0-9]{2}([A-Z]([A-Z]([0-9]{2})?)?)?$'),
    add column minimum_unit  varchar(20),
    add column unit_factor   integer check (unit_factor between 1 and 100000),
    add column essential     boolean not null default false,
    add column negotiated    boolean not null default false,
    add column procured      boolean not null default false;
