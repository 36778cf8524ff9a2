-- Report forms (issue 12, "reports the platform cannot see"): DHIS2-style aggregate data sets. A form is data: its
-- cells name a data element of monitoring's report catalogue (and a slice of it) and carry their labels. A hospital
-- fills one report per form and month (on the page or by CSV import), submits it, a regulator of its region approves
-- it (or sends it back) and the approved values become facts the indicator engine reads. An approved report is locked.
create table mon_report_form (
    code         varchar(40)  primary key check (code ~ '^[a-z][a-z0-9_]*$'),
    name_zh      varchar(100) not null check (name_zh <> ''),
    name_en      varchar(100) not null check (name_en <> ''),
    -- a month's report is on time when submitted within this many days after the month's end
    timely_days  integer      not null check (timely_days between 0 and 60)
);

create table mon_report_cell (
    form_code   varchar(40)  not null references mon_report_form (code),
    code        varchar(40)  not null check (code ~ '^[a-z][a-z0-9_]*$'),
    position    integer      not null,
    section_zh  varchar(50)  not null,
    section_en  varchar(50)  not null,
    label_zh    varchar(100) not null check (label_zh <> ''),
    label_en    varchar(100) not null check (label_en <> ''),
    element     varchar(80)  not null,
    -- the slice of the element this cell reports, e.g. 'surgery_grade=4'; '' the element's total
    slice       varchar(200) not null default '',
    required    boolean      not null default true,
    primary key (form_code, code),
    unique (form_code, position)
);

create table mon_report (
    id            bigserial    primary key,
    form_code     varchar(40)  not null references mon_report_form (code),
    institution   varchar(20)  not null,
    region_code   varchar(12)  not null,
    period        varchar(7)   not null check (period ~ '^[0-9]{4}-[0-9]{2}$'),
    status        varchar(10)  not null check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED')),
    updated_by    varchar(64)  not null,
    updated_at    timestamptz  not null default now(),
    submitted_by  varchar(64),
    submitted_at  timestamptz,
    reviewed_by   varchar(64),
    reviewed_at   timestamptz,
    review_note   varchar(500),
    unique (form_code, institution, period),
    check (status not in ('SUBMITTED', 'APPROVED') or submitted_at is not null),
    check (status <> 'APPROVED' or reviewed_by is not null),
    check (reviewed_by is null or submitted_by is null or reviewed_by <> submitted_by)
);
create index mon_report_period on mon_report (period, region_code);

create table mon_report_value (
    report_id  bigint         not null references mon_report (id),
    cell_code  varchar(40)    not null,
    value      numeric(20, 2) not null,
    primary key (report_id, cell_code)
);

-- An approved report is locked: its values change no more, whatever the application does.
create function mon_report_value_locked() returns trigger language plpgsql as $$
begin
    if exists (select 1 from mon_report r where r.id = coalesce(new.report_id, old.report_id) and r.status = 'APPROVED') then
        raise exception 'report % is approved and locked', coalesce(new.report_id, old.report_id);
    end if;
    return coalesce(new, old);
end
$$;
create trigger mon_report_value_locked before insert or update or delete on mon_report_value
    for each row execute function mon_report_value_locked();

-- The monthly hospital finance and operations form (医院财务与业务运行月报), shipped as data.
insert into mon_report_form (code, name_zh, name_en, timely_days)
values ('hospital_monthly', '医院财务与业务运行月报', 'Hospital finance and operations, monthly', 10);

insert into mon_report_cell (form_code, code, position, section_zh, section_en, label_zh, label_en, element, slice, required)
values
    ('hospital_monthly', 'revenue_total',      10, '收入', 'Revenue', '总收入（含非医保患者）', 'Total revenue (all patients)', 'rpt.revenue.total', '', true),
    ('hospital_monthly', 'revenue_medical',    20, '收入', 'Revenue', '医疗收入', 'Medical revenue', 'rpt.revenue.medical', '', true),
    ('hospital_monthly', 'revenue_drug',       30, '收入', 'Revenue', '药品收入', 'Drug revenue', 'rpt.revenue.drug', '', true),
    ('hospital_monthly', 'revenue_consumable', 40, '收入', 'Revenue', '卫生材料收入', 'Consumables revenue', 'rpt.revenue.consumable', '', true),
    ('hospital_monthly', 'revenue_service',    50, '收入', 'Revenue', '医疗服务收入', 'Medical service revenue', 'rpt.revenue.service', '', true),
    ('hospital_monthly', 'expense_business',   60, '支出与人员', 'Expenses and staff', '业务支出', 'Business expenses', 'rpt.expense.business', '', true),
    ('hospital_monthly', 'expense_staff',      70, '支出与人员', 'Expenses and staff', '人员支出', 'Staff expenses', 'rpt.expense.staff', '', true),
    ('hospital_monthly', 'staff_count',        80, '支出与人员', 'Expenses and staff', '在岗职工数', 'Staff on duty', 'rpt.staff.count', '', true),
    ('hospital_monthly', 'beds_open',          90, '床位与服务量', 'Beds and activity', '实际开放床位数', 'Beds open', 'rpt.beds.open', '', true),
    ('hospital_monthly', 'bed_days_open',     100, '床位与服务量', 'Beds and activity', '实际开放总床日数', 'Bed days open', 'rpt.bed_days.open', '', true),
    ('hospital_monthly', 'bed_days_used',     110, '床位与服务量', 'Beds and activity', '实际占用总床日数', 'Bed days used', 'rpt.bed_days.used', '', true),
    ('hospital_monthly', 'outpatient_visits', 120, '床位与服务量', 'Beds and activity', '门急诊人次', 'Outpatient visits', 'rpt.visits.outpatient', '', true),
    ('hospital_monthly', 'discharges',        130, '床位与服务量', 'Beds and activity', '出院人数', 'Discharges', 'rpt.discharges', '', true),
    ('hospital_monthly', 'surgery_grade1',    140, '手术', 'Surgery', '一级手术台次', 'Grade 1 operations', 'rpt.surgery', 'surgery_grade=1', true),
    ('hospital_monthly', 'surgery_grade2',    150, '手术', 'Surgery', '二级手术台次', 'Grade 2 operations', 'rpt.surgery', 'surgery_grade=2', true),
    ('hospital_monthly', 'surgery_grade3',    160, '手术', 'Surgery', '三级手术台次', 'Grade 3 operations', 'rpt.surgery', 'surgery_grade=3', true),
    ('hospital_monthly', 'surgery_grade4',    170, '手术', 'Surgery', '四级手术台次', 'Grade 4 operations', 'rpt.surgery', 'surgery_grade=4', true),
    ('hospital_monthly', 'research_funding',  180, '科研', 'Research', '科研经费', 'Research funding', 'rpt.research.funding', '', false),
    ('hospital_monthly', 'research_papers',   190, '科研', 'Research', '发表论文数', 'Papers published', 'rpt.research.papers', '', false),
    ('hospital_monthly', 'research_projects', 200, '科研', 'Research', '立项科研项目数', 'Research projects', 'rpt.research.projects', '', false);
