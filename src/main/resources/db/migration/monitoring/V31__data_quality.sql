-- Data quality (issue 12): validation rules as data (DHIS2's left ⟨op⟩ right with a missing-value strategy and an
-- importance), checked for one institution's month when its report is approved, every night and on request; what
-- they find is stored as violations that regulators list, export and follow up.
create table mon_validation_rule (
    code        varchar(40)   primary key check (code ~ '^[a-z][a-z0-9_]*$'),
    name_zh     varchar(100)  not null check (name_zh <> ''),
    name_en     varchar(100)  not null check (name_en <> ''),
    left_expr   varchar(1000) not null,
    operator    varchar(2)    not null check (operator in ('==', '!=', '<', '<=', '>', '>=')),
    right_expr  varchar(1000) not null,
    missing     varchar(20)   not null check (missing in ('SKIP_IF_ANY_MISSING', 'SKIP_IF_ALL_MISSING', 'NEVER_SKIP')),
    importance  varchar(6)    not null check (importance in ('HIGH', 'MEDIUM', 'LOW')),
    active      boolean       not null default true,
    created_by  varchar(64)   not null default 'system',
    created_at  timestamptz   not null default now()
);

create table mon_validation_violation (
    id              bigserial     primary key,
    rule_code       varchar(40)   not null references mon_validation_rule (code),
    institution     varchar(20)   not null,
    region_code     varchar(12)   not null,
    period          varchar(7)    not null check (period ~ '^[0-9]{4}-[0-9]{2}$'),
    left_value      numeric(24,4) not null,
    right_value     numeric(24,4) not null,
    importance      varchar(6)    not null check (importance in ('HIGH', 'MEDIUM', 'LOW')),
    found_at        timestamptz   not null default now(),
    -- OPEN: found and not looked at; FOLLOWED_UP: a regulator noted what is done; RESOLVED: a later check passed
    status          varchar(12)   not null check (status in ('OPEN', 'FOLLOWED_UP', 'RESOLVED')),
    followed_by     varchar(64),
    followed_at     timestamptz,
    follow_up_note  varchar(500),
    unique (rule_code, institution, period),
    check ((followed_by is null) = (follow_up_note is null))
);
create index mon_validation_violation_region on mon_validation_violation (region_code, period);

-- The shipped rules (monitoring.md §4.2): totals against their parts, flow and range plausibility, and the report
-- against the platform's own settlement facts and the registry. reg.beds is the institution's registered beds.
insert into mon_validation_rule (code, name_zh, name_en, left_expr, operator, right_expr, missing, importance)
values
    ('revenue_parts', '药品、耗材、医疗服务收入之和不超过医疗收入', 'Drug, consumable and service revenue within medical revenue',
     '#{rpt.revenue.drug} + #{rpt.revenue.consumable} + #{rpt.revenue.service}', '<=', '#{rpt.revenue.medical}',
     'SKIP_IF_ANY_MISSING', 'HIGH'),
    ('medical_within_total', '医疗收入不超过总收入', 'Medical revenue within total revenue',
     '#{rpt.revenue.medical}', '<=', '#{rpt.revenue.total}', 'SKIP_IF_ANY_MISSING', 'HIGH'),
    ('staff_within_business', '人员支出不超过业务支出', 'Staff expenses within business expenses',
     '#{rpt.expense.staff}', '<=', '#{rpt.expense.business}', 'SKIP_IF_ANY_MISSING', 'HIGH'),
    ('bed_days_used_plausible', '实际占用床日不超过开放床日的110%', 'Bed days used at most 110% of bed days open',
     '#{rpt.bed_days.used}', '<=', '#{rpt.bed_days.open} * 1.1', 'SKIP_IF_ANY_MISSING', 'MEDIUM'),
    ('beds_within_registry', '实际开放床位不超过登记床位', 'Beds open within registered beds',
     '#{rpt.beds.open}', '<=', '#{reg.beds}', 'SKIP_IF_ANY_MISSING', 'MEDIUM'),
    ('surgery_within_discharges', '手术台次不超过出院人数', 'Operations at most the discharges',
     '#{rpt.surgery}', '<=', '#{rpt.discharges}', 'SKIP_IF_ALL_MISSING', 'LOW'),
    ('fund_within_fees', '医保基金支付不超过医疗总费用', 'Fund payments within medical fees',
     '#{ins.fund_paid}', '<=', '#{ins.fee}', 'SKIP_IF_ALL_MISSING', 'HIGH'),
    ('insured_fees_within_revenue', '医保结算费用不超过月报医疗收入', 'Insured fees within the reported medical revenue',
     '#{ins.fee}', '<=', '#{rpt.revenue.medical}', 'SKIP_IF_ANY_MISSING', 'MEDIUM'),
    ('insured_discharges_within_report', '医保出院人次不超过月报出院人数', 'Insured discharges at most the reported discharges',
     '#{ins.visit.count[clr_type=21]}', '<=', '#{rpt.discharges}', 'SKIP_IF_ANY_MISSING', 'MEDIUM');
