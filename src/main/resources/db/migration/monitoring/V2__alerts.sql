-- Alerts (issue 12): a threshold on an indicator over one area (region, alliance or institution), checked every
-- minute against the current and the previous month; a breach raises one alert per rule and month, which the
-- responsible regulator acknowledges with a comment. Small tables, new: nothing is locked or rewritten.
create table mon_alert_rule (
    id              bigserial     primary key,
    indicator_code  varchar(40)   not null,
    area_key        varchar(40)   not null,
    area_region     varchar(12)   not null default '',
    comparison      varchar(2)    not null check (comparison in ('>', '<')),
    threshold       numeric(18,4) not null,
    active          boolean       not null default true,
    created_by      varchar(64)   not null,
    created_at      timestamptz   not null default now()
);
create index mon_alert_rule_region on mon_alert_rule (area_region);

create table mon_alert (
    id               bigserial     primary key,
    rule_id          bigint        not null references mon_alert_rule (id),
    period           varchar(20)   not null,
    value            numeric(24,6) not null,
    raised_at        timestamptz   not null default now(),
    status           varchar(12)   not null check (status in ('OPEN', 'ACKNOWLEDGED')),
    acknowledged_by  varchar(64),
    acknowledged_at  timestamptz,
    ack_comment      varchar(500),
    unique (rule_id, period),
    -- who acknowledged and the comment come together
    check ((acknowledged_by is null) = (ack_comment is null))
);
