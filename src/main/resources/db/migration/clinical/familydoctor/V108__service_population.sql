-- The population a primary-care centre serves in a year (服务人口): its residents and, of them, the key populations
-- (重点人群), entered by the health commission from the statistics bureau's and the public-health registers' figures.
-- They are the denominators of 签约率 and 重点人群签约率. A new table: nothing existing is locked or rewritten.
create table fd_service_population (
    institution_code varchar(12)  not null,
    year             int          not null check (year between 2000 and 2100),
    residents        int          not null check (residents between 0 and 10000000),
    key_residents    int          not null check (key_residents >= 0 and key_residents <= residents),
    version          int          not null default 1,
    updated_by       varchar(100) not null,
    updated_at       timestamptz  not null default now(),
    primary key (institution_code, year)
);
