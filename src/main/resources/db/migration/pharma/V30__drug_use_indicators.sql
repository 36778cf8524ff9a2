-- Drug-use indicators for monitoring (抗菌药物使用率, 使用强度 AUD): the DDD table and what inpatient settlements
-- contributed, so that a reversal takes back exactly that.

-- The defined daily doses of the antimicrobials, by ATC level-5 code and route (O oral, P parenteral), in grams. Rows of
-- region '000000' are the platform's small seed (WHO ATC/DDD index values for the antimicrobials of the demo catalogue,
-- recalled [mem]; WHO restricts commercial reuse of its list, so a region imports its own, which win over the seed for
-- the same code and route). The substance name is how Chinese generic names contain it: a catalogue item whose ATC
-- class is only level 4 (the class its national code carries) matches by name within that class.
create table ph_ddd (
    region_code  varchar(12)   collate "C" not null,
    atc_code     varchar(7)    collate "C" not null check (atc_code ~ '^[A-Z][0-9]{2}[A-Z]{2}[0-9]{2}$'),
    substance    varchar(50)   not null check (substance <> ''),
    route        varchar(1)    not null check (route in ('O', 'P')),
    ddd_grams    numeric(12,4) not null check (ddd_grams > 0),
    imported_by  varchar(64)   not null,
    imported_at  timestamptz   not null default now(),
    primary key (region_code, atc_code, route)
);

insert into ph_ddd (region_code, atc_code, substance, route, ddd_grams, imported_by) values
    ('000000', 'J01CA04', '阿莫西林', 'O', 1.5, 'system'),
    ('000000', 'J01CR02', '阿莫西林克拉维酸钾', 'O', 1.5, 'system'),
    ('000000', 'J01CR05', '哌拉西林', 'P', 14, 'system'),
    ('000000', 'J01DB04', '头孢唑林', 'P', 3, 'system'),
    ('000000', 'J01DC02', '头孢呋辛', 'O', 0.5, 'system'),
    ('000000', 'J01DC02', '头孢呋辛', 'P', 3, 'system'),
    ('000000', 'J01DD04', '头孢曲松', 'P', 2, 'system'),
    ('000000', 'J01DD62', '头孢哌酮', 'P', 4, 'system'),
    ('000000', 'J01DH02', '美罗培南', 'P', 3, 'system'),
    ('000000', 'J01FA09', '克拉霉素', 'O', 0.5, 'system'),
    ('000000', 'J01FA10', '阿奇霉素', 'O', 0.3, 'system'),
    ('000000', 'J01FA10', '阿奇霉素', 'P', 0.5, 'system'),
    ('000000', 'J01MA12', '左氧氟沙星', 'O', 0.5, 'system'),
    ('000000', 'J01MA12', '左氧氟沙星', 'P', 0.5, 'system'),
    ('000000', 'J01MA14', '莫西沙星', 'O', 0.4, 'system'),
    ('000000', 'J01MA14', '莫西沙星', 'P', 0.4, 'system'),
    ('000000', 'J01XA01', '万古霉素', 'P', 2, 'system'),
    -- oral metronidazole is P01AB01 (2 g) in the WHO index; the catalogue files its tablets under J01XD
    ('000000', 'J01XD01', '甲硝唑', 'O', 2, 'system'),
    ('000000', 'J01XD01', '甲硝唑', 'P', 1.5, 'system');

-- One row per inpatient settlement counted: what it reported, to take back on reversal.
create table ph_settled_drug_use (
    setl_id           varchar(30)   collate "C" primary key,
    institution_code  varchar(12)   collate "C" not null,
    day               date          not null,
    discharges        smallint      not null check (discharges in (0, 1)),
    patient_days      integer       not null check (patient_days >= 0),
    antibiotic        smallint      not null check (antibiotic in (0, 1)),
    ddds              numeric(14,4) not null,
    unmeasured        integer       not null check (unmeasured >= 0),
    reversed_by       varchar(30)   collate "C",
    counted_at        timestamptz   not null default now()
);

-- The months of recorded history (settled in bulk, not at the gateway) whose drug use was reported once.
create table ph_drug_use_history (
    region_prefix  varchar(12) collate "C" not null,
    month          date        not null,
    visits         integer     not null,
    reported_at    timestamptz not null default now(),
    primary key (region_prefix, month)
);
