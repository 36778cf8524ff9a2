-- The referral context an inpatient settlement was priced with under a policy version's referral rules (issue 16:
-- deductible continuity within the alliance, a lower ratio for out-of-county care without a filed 转院备案 2501):
-- whether the stay was out of the person's county, the registration considered and its term, whether sender and
-- receiver shared an alliance, and the deductible the sender stay bore. Written only when the version has referral
-- rules; policy replay reads it back so a replayed stay is priced as the gateway priced it. A new table only.
create table ins_settlement_referral (
    setl_id            varchar(30)   primary key references ins_settlement (setl_id),
    out_of_county      boolean       not null,
    registration       varchar(30),
    valid_from         date,
    valid_until        date,
    same_alliance      boolean       not null,
    sender_deductible  numeric(16,2),
    check (registration is not null or (valid_from is null and valid_until is null))
);
