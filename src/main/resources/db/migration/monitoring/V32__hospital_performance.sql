-- Hospital performance (issue 12, Zhangzhou's six-dimension index): a composite index whose dimensions, weights and
-- scoring rules are data. Each dimension is scored from indicator definitions (mon_indicator codes) computed for each
-- hospital over a year; each indicator is scored 0–100 among the hospitals ranked together (min–max, by direction),
-- a dimension is the weighted mean of its indicators' scores, the index the weighted mean of the dimensions.
create table mon_perf_dimension (
    code      varchar(40)  primary key check (code ~ '^[a-z][a-z0-9_]*$'),
    name_zh   varchar(50)  not null check (name_zh <> ''),
    name_en   varchar(50)  not null check (name_en <> ''),
    weight    numeric(5,2) not null check (weight > 0),
    position  integer      not null unique
);

create table mon_perf_indicator (
    dimension_code  varchar(40)  not null references mon_perf_dimension (code),
    indicator_code  varchar(40)  not null,
    weight          numeric(5,2) not null check (weight > 0),
    -- UP: the higher the better, DOWN: the lower the better
    scoring         varchar(4)   not null check (scoring in ('UP', 'DOWN')),
    position        integer      not null,
    primary key (dimension_code, indicator_code)
);

insert into mon_perf_dimension (code, name_zh, name_en, weight, position) values
    ('operations', '业务运行', 'Operations', 20, 1),
    ('capability', '诊疗能力', 'Clinical capability', 20, 2),
    ('quality', '安全质量', 'Safety and quality', 15, 3),
    ('assets', '资产运营', 'Asset operations', 15, 4),
    ('cost', '成本管控', 'Cost control', 20, 5),
    ('research', '科研创新', 'Research and innovation', 10, 6);

insert into mon_perf_indicator (dimension_code, indicator_code, weight, scoring, position) values
    ('operations', 'bed_occupancy', 50, 'UP', 1),
    ('operations', 'average_stay', 50, 'DOWN', 2),
    ('capability', 'grade4_surgery_ratio', 60, 'UP', 1),
    ('capability', 'surgery_patient_ratio', 40, 'UP', 2),
    ('quality', 'drug_ratio', 50, 'DOWN', 1),
    ('quality', 'consumable_ratio', 50, 'DOWN', 2),
    ('assets', 'reported_service_income_ratio', 50, 'UP', 1),
    ('assets', 'staff_expense_ratio', 50, 'UP', 2),
    ('cost', 'inpatient_cost_growth', 50, 'DOWN', 1),
    ('cost', 'outpatient_cost_growth', 50, 'DOWN', 2),
    ('research', 'research_funding_per_100_staff', 50, 'UP', 1),
    ('research', 'papers_per_100_staff', 50, 'UP', 2);
