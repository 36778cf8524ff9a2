-- Live settlements for other modules (LiveSettlements): an internet hospital's online follow-up (互联网复诊,
-- med_type 9903) is settled when its doctor completes it, through the same visit, fee-line and settlement tables as a
-- 2207. This table is the idempotency record: one row per caller key (the online visit), naming the visit and
-- settlement it produced, and the reversal when the fee was refunded. A new table only.
create table ins_live_settlement (
    key                 varchar(30)   collate "C" primary key,
    source              varchar(10)   not null check (source in ('ONLINE')),
    fixmedins_code      varchar(12)   collate "C" not null,
    resident_ref        varchar(64)   collate "C" not null,
    psn_no              varchar(30)   collate "C" not null,
    mdtrt_id            varchar(30)   collate "C" not null,
    setl_id             varchar(30)   not null references ins_settlement (setl_id),
    fee                 numeric(16,2) not null check (fee > 0),
    created_at          timestamptz   not null,
    created_by          varchar(100)  not null,
    reversal_setl_id    varchar(30)   references ins_settlement (setl_id),
    reversed_at         timestamptz,
    reversed_by         varchar(100),
    reverse_reason      varchar(300),
    check ((reversal_setl_id is null) = (reversed_at is null))
);
create index ins_live_settlement_person on ins_live_settlement (psn_no, created_at desc);
