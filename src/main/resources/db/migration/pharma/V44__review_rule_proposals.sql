-- A region's import of a review table is a proposal until a second officer approves it (maker–checker, as the fund
-- supervision knowledge base and the insurance policies are): the file as uploaded, its table and region, who
-- proposed it and who decided. Approving replaces the region's rows of the table with the file's and supersedes the
-- approved import before it; rejecting changes no rule. One proposal per region and table waits at a time.
create table ph_rx_rule_proposal (
    id          bigserial primary key,
    region_code varchar(12)  collate "C" not null,
    table_name  varchar(20)  not null check (table_name in ('LIMITS', 'DRUGS', 'INTERACTIONS', 'CONTRAINDICATIONS')),
    file_name   varchar(200),
    content     text         not null,
    row_count   integer      not null check (row_count > 0),
    status      varchar(12)  not null check (status in ('PENDING', 'APPROVED', 'REJECTED', 'SUPERSEDED')),
    proposed_by varchar(60)  not null,
    proposed_at timestamptz  not null default now(),
    reviewed_by varchar(60),
    reviewed_at timestamptz,
    review_note varchar(500),
    check ((status = 'PENDING') = (reviewed_by is null))
);
create unique index ph_rx_rule_proposal_one_pending on ph_rx_rule_proposal (region_code, table_name)
    where status = 'PENDING';
create index ph_rx_rule_proposal_region on ph_rx_rule_proposal (region_code, table_name, id);

