-- 门诊患者抗菌药物使用率 from the platform's settlements: every outpatient and emergency visit settled (its fee lines
-- read through insurance's API) counts, and those whose lines include a systemic antibacterial (ATC J01).

-- A live outpatient settlement is counted like an inpatient one (kind O outpatient, E emergency; antibiotic then says
-- whether it had a J01 drug), so that its reversal takes back exactly that.
alter table ph_settled_drug_use add column kind varchar(1) not null default 'I' check (kind in ('I', 'O', 'E'));

-- The visits per institution, day and kind (emergency or not), live and from the recorded history: what the 合理用药
-- page shows. Additive: a reversal subtracts.
create table ph_visit_antibacterial (
    institution_code    varchar(12) collate "C" not null,
    institution_region  varchar(12) collate "C" not null,
    day                 date        not null,
    emergency           boolean     not null,
    visits              integer     not null check (visits >= 0),
    antibacterial       integer     not null check (antibacterial >= 0 and antibacterial <= visits),
    primary key (institution_code, day, emergency)
);

create index ph_visit_antibacterial_region on ph_visit_antibacterial (institution_region, day);

-- A month of history reported before the visits were counted reports them once more, on their own.
alter table ph_drug_use_history add column visits_reported boolean not null default false;
