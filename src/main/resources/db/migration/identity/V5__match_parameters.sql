-- Versions of the matching parameters re-estimated from reviewed pairs; the matcher uses the active version, or the
-- built-in defaults when none is active. New tables only: nothing is locked or rewritten.
create table idn_match_parameters (
    version           integer generated always as identity primary key,
    created_at        timestamptz      not null default now(),
    created_by        varchar(64)      not null,
    active            boolean          not null default false,
    matches           integer          not null, -- linked pairs used
    non_matches       integer          not null, -- rejected pairs used
    min_count         integer          not null,
    link_threshold    double precision not null,
    review_threshold  double precision not null
);
create unique index idn_match_parameters_active on idn_match_parameters (active) where active;

-- m/u per field of a version (probabilities, not money: double precision, values down to 1e-7).
create table idn_match_parameter_field (
    version     integer          not null references idn_match_parameters (version),
    field       varchar(12)      not null,
    m_exact     double precision not null,
    m_similar   double precision not null,
    m_disagree  double precision not null,
    u_exact     double precision not null,
    u_similar   double precision not null,
    u_disagree  double precision not null,
    primary key (version, field)
);
