-- Rational drug use: the prescription review rules as data, applied at the 7101 pre-check and again at the 7102
-- upload. Rows of region '000000' are the platform's defaults; a region adds rows under its own code (the most specific
-- region's row of a key wins). Drug keys are an ATC code prefix ('J01MA', 'B01AC04') or a substance name found in the generic name ('氯吡格雷' in 硫酸氢氯吡格雷片),
-- matched against the catalogue's drug profile (terminology: ATC class, generic name); the longest matching key wins.
-- Seed values are label and WHO ATC/DDD figures recalled from public sources [mem]; a region imports its own.

create table ph_rx_limit (
    region_code   varchar(12) collate "C" not null,
    rx_type_code  varchar(3)  not null check (rx_type_code in ('1', '2', '3')),
    plain_days    integer     not null check (plain_days between 1 and 84),
    reason_days   integer     not null check (reason_days between 1 and 84),
    max_drugs     integer     not null check (max_drugs between 1 and 20),
    primary key (region_code, rx_type_code),
    check (reason_days >= plain_days)
);

-- Dose and frequency ranges, the antimicrobial tier (0 none, 1 非限制使用级, 2 限制使用级, 3 特殊使用级) and the DDD.
create table ph_rx_drug_rule (
    region_code        varchar(12)   collate "C" not null,
    drug_key           varchar(50)   not null,
    name               varchar(100)  not null,
    min_single_dose    numeric(12,4),
    max_single_dose    numeric(12,4),
    dose_unit          varchar(10)   not null check (dose_unit in ('mg', 'g', 'μg', '吸', '粒', '片', 'ml')),
    frequencies        varchar(100)  not null default '',
    antimicrobial_tier smallint      not null default 0 check (antimicrobial_tier between 0 and 3),
    ddd                numeric(12,4) check (ddd > 0),
    primary key (region_code, drug_key),
    check (min_single_dose is null or max_single_dose is null or min_single_dose <= max_single_dose)
);

create table ph_rx_interaction (
    region_code  varchar(12)  collate "C" not null,
    drug_a       varchar(50)  not null,
    drug_b       varchar(50)  not null,
    severity     varchar(10)  not null check (severity in ('MAJOR', 'MODERATE', 'MINOR')),
    blocking     boolean      not null,
    advice       varchar(300) not null,
    primary key (region_code, drug_a, drug_b)
);

create table ph_rx_contraindication (
    region_code  varchar(12)  collate "C" not null,
    drug_key     varchar(50)  not null,
    kind         varchar(10)  not null check (kind in ('MIN_AGE', 'MAX_AGE', 'SEX', 'PREGNANCY')),
    -- MIN_AGE/MAX_AGE: years; SEX: the gend code the drug is not for; PREGNANCY: empty
    value        varchar(10)  not null default '',
    blocking     boolean      not null,
    advice       varchar(300) not null,
    primary key (region_code, drug_key, kind)
);

insert into ph_rx_limit (region_code, rx_type_code, plain_days, reason_days, max_drugs) values
    ('000000', '1', 7, 30, 5),
    ('000000', '2', 3, 3, 5),
    ('000000', '3', 30, 84, 5);

insert into ph_rx_drug_rule (region_code, drug_key, name, min_single_dose, max_single_dose, dose_unit, frequencies,
                             antimicrobial_tier, ddd) values
    ('000000', '西格列汀', '西格列汀', 25, 100, 'mg', 'qd', 0, 100),
    ('000000', '达格列净', '达格列净', 5, 10, 'mg', 'qd', 0, 10),
    ('000000', '二甲双胍', '二甲双胍', 250, 1000, 'mg', 'qd,bid,tid', 0, 2000),
    ('000000', '替格瑞洛', '替格瑞洛', 60, 180, 'mg', 'bid', 0, 180),
    ('000000', '氯吡格雷', '氯吡格雷', 75, 300, 'mg', 'qd,st', 0, 75),
    ('000000', '利伐沙班', '利伐沙班', 10, 20, 'mg', 'qd,bid', 0, 10),
    ('000000', '氨氯地平', '氨氯地平', 2.5, 10, 'mg', 'qd', 0, 5),
    ('000000', '阿托伐他汀', '阿托伐他汀', 10, 80, 'mg', 'qd,qn', 0, 20),
    ('000000', '瑞舒伐他汀', '瑞舒伐他汀', 5, 20, 'mg', 'qd,qn', 0, 10),
    ('000000', '奥美拉唑', '奥美拉唑', 20, 40, 'mg', 'qd,bid', 0, 20),
    ('000000', '噻托溴铵', '噻托溴铵', 18, 18, 'μg', 'qd', 0, 18),
    ('000000', '阿莫西林', '阿莫西林', 250, 1000, 'mg', 'bid,tid', 1, 1500),
    ('000000', '阿奇霉素', '阿奇霉素', 250, 500, 'mg', 'qd', 1, 300),
    ('000000', '头孢呋辛', '头孢呋辛', 250, 500, 'mg', 'bid', 1, 500),
    ('000000', '左氧氟沙星', '左氧氟沙星', 250, 750, 'mg', 'qd', 2, 500),
    ('000000', '头孢曲松', '头孢曲松', 1000, 4000, 'mg', 'qd', 2, 2000),
    ('000000', '美罗培南', '美罗培南', 500, 2000, 'mg', 'q8h', 3, 3000),
    ('000000', '万古霉素', '万古霉素', 500, 1000, 'mg', 'q12h,q8h', 3, 2000),
    -- a class without dose ranges: every 喹诺酮 is at least 限制使用级 unless a substance row says otherwise
    ('000000', 'J01MA', '喹诺酮类', null, null, 'mg', '', 2, null);

insert into ph_rx_interaction (region_code, drug_a, drug_b, severity, blocking, advice) values
    ('000000', '氯吡格雷', '奥美拉唑', 'MAJOR', false, '奥美拉唑抑制CYP2C19，减弱氯吡格雷抗血小板作用；宜换用泮托拉唑'),
    ('000000', 'B01AC', 'B01AF', 'MAJOR', false, '抗血小板药与口服抗凝药合用出血风险增加，须评估必要性并监测'),
    ('000000', '替格瑞洛', '克拉霉素', 'MAJOR', true, '强效CYP3A4抑制剂显著升高替格瑞洛血药浓度，禁止合用'),
    ('000000', '辛伐他汀', '克拉霉素', 'MAJOR', true, '合用横纹肌溶解风险显著增加，禁止合用'),
    ('000000', '左氧氟沙星', '胺碘酮', 'MODERATE', false, '两者均延长QT间期，合用须监测心电图');

insert into ph_rx_contraindication (region_code, drug_key, kind, value, blocking, advice) values
    ('000000', 'J01MA', 'MIN_AGE', '18', true, '喹诺酮类抗菌药物18岁以下患者禁用'),
    ('000000', 'C10AA', 'PREGNANCY', '', true, '他汀类药物妊娠期禁用'),
    ('000000', '利伐沙班', 'PREGNANCY', '', true, '利伐沙班妊娠期禁用'),
    ('000000', '达格列净', 'MIN_AGE', '18', false, '18岁以下患者用药安全性未确立'),
    ('000000', 'G04CB', 'SEX', '2', true, '5α还原酶抑制剂女性禁用');
