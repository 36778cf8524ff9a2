-- The status of an ecToken is EcTokenStatus (ISSUED -> IDENTIFIED -> IN_VISIT -> SETTLED, see EcTokenLifecycle);
-- the CHECK lists the same names. Every stored token fits: the status was always written from the enum's name.
-- Adding the constraint scans idn_ec_token once under an ACCESS EXCLUSIVE lock (e-voucher decodes and uses wait): one
-- row per decoded e-voucher QR, so seconds at most. (NOT VALID plus VALIDATE would not
-- shorten the lock here: Flyway runs the script in one transaction, which keeps the first lock until it commits.)
alter table idn_ec_token add constraint idn_ec_token_status
    check (status in ('ISSUED', 'IDENTIFIED', 'IN_VISIT', 'SETTLED'));
