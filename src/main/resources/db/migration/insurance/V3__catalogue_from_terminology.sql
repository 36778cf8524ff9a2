-- The catalogue's owner is the terminology module: ins_catalogue_item is the settlement-time copy of its catalogue
-- versions in force (like the national 1301-1319 downloads), refreshed by TerminologyCatalogueSync. Items the
-- terminology module does not carry (the demo's illustrative local items) stay LOCAL. Nullable columns and a constant
-- default: no table rewrite, a brief ACCESS EXCLUSIVE lock on a small table.
alter table ins_catalogue_item
    add column source       varchar(12) not null default 'LOCAL' check (source in ('LOCAL', 'TERMINOLOGY')),
    add column term_system  varchar(40),
    add column term_version varchar(40),
    add column synced_at    timestamptz;
