-- Versioned code systems (ICD-10 医保版, ICD-9-CM-3, dictionaries) with their concepts, and the drug, consumable and
-- medical-service catalogues with 甲/乙/丙 class. One row of term_code_system is one VERSION of a system; a new version
-- is imported beside the old one. The version in force on a day is the ACTIVE version with the latest effective_from
-- on or before that day, unless its own effective_to (inclusive) has passed (docs/modules/terminology.md).
-- Codes use the "C" collation: they compare byte by byte and prefix searches can use the indexes.

create table term_code_system (
    id              bigserial primary key,
    code            varchar(40) collate "C" not null check (code ~ '^[A-Z][A-Z0-9_-]{1,39}$'),
    version         varchar(40) collate "C" not null check (version ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$'),
    name            varchar(200) not null,
    kind            varchar(20)  not null
        check (kind in ('CLASSIFICATION', 'DICTIONARY', 'DRUG', 'CONSUMABLE', 'SERVICE')),
    effective_from  date         not null,
    effective_to    date,
    status          varchar(20)  not null default 'ACTIVE' check (status in ('ACTIVE', 'RETIRED')),
    entry_count     integer      not null default 0,
    source_file     varchar(200),
    imported_at     timestamptz  not null default now(),
    imported_by     varchar(64),
    unique (code, version),
    check (effective_to is null or effective_to >= effective_from)
);
-- Two active versions of a system may not start on the same day: the version in force must be unambiguous.
create unique index term_code_system_start on term_code_system (code, effective_from) where status = 'ACTIVE';

create table term_concept (
    system_id       bigint       not null references term_code_system (id),
    code            varchar(40)  collate "C" not null,
    name            varchar(300) not null,
    parent_code     varchar(40)  collate "C",
    pinyin          varchar(300) collate "C" not null,
    effective_from  date,
    effective_to    date,
    line_no         integer      not null,
    primary key (system_id, code)
);
-- Code-prefix search ignores case (users type i10 for I10.x00).
create index term_concept_code_upper on term_concept (system_id, upper(code));

create table term_catalogue_item (
    system_id       bigint        not null references term_code_system (id),
    code            varchar(50)   collate "C" not null,
    name            varchar(300)  not null,
    pinyin          varchar(300)  collate "C" not null,
    category        varchar(100),
    specification   varchar(300),
    dosage_form     varchar(100),
    unit            varchar(40),
    manufacturer    varchar(300),
    price           numeric(18,2) check (price >= 0),
    price_cap       numeric(18,2) check (price_cap >= 0),
    -- chrgitm_lv of the national interface: 01 甲类, 02 乙类, 03 丙类
    insurance_class char(2)       not null check (insurance_class in ('01', '02', '03')),
    self_pay_ratio  numeric(5,4)  not null,
    restriction     varchar(1000),
    effective_from  date,
    effective_to    date,
    line_no         integer       not null,
    primary key (system_id, code),
    -- 甲类 is wholly inside the policy scope, 丙类 wholly self-paid, 乙类 has a 先行自付 share below 1.
    check ((insurance_class = '01' and self_pay_ratio = 0)
        or (insurance_class = '02' and self_pay_ratio >= 0 and self_pay_ratio < 1)
        or (insurance_class = '03' and self_pay_ratio = 1))
);
create index term_catalogue_item_code on term_catalogue_item (code);
create index term_catalogue_item_code_upper on term_catalogue_item (system_id, upper(code));
