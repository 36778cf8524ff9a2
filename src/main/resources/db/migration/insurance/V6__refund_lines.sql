-- Refund lines (退费明细) of 2204/2301 (docs/modules/insurance.md §5.7): a refund is a new fee line with its own
-- feedetl_sn, init_feedetl_sn = the original line's serial, the same item and unit price, a negative cnt and a
-- negative (or zero) det_item_fee_sumamt, and a split (fulamt_ownpay_amt ... inscp_scp_amt) that is the change it
-- makes to the original's split, so the existing check det_item_fee_sumamt = sum of the four parts still holds on
-- every row. init_line_id is the original's row id: a serial is unique only among the visit's ACTIVE lines (a
-- cancelled line's serial can be uploaded again), the id names exactly the line that was refunded.

-- New nullable columns without a default: a change of the catalogue only, no rewrite of the table.
alter table ins_fee_line
    add column init_feedetl_sn varchar(30),
    add column init_line_id    bigint;

-- A refund line names its original and takes back (negative quantity, amount not positive); any other line names
-- none and charges (the engine refused negative lines until now, so every existing row passes).
-- Added NOT VALID and validated separately: ADD CONSTRAINT alone would scan the table under an ACCESS EXCLUSIVE lock;
-- VALIDATE scans it under SHARE UPDATE EXCLUSIVE, which lets reads and writes go on.
alter table ins_fee_line add constraint ins_fee_line_refund check (
    (init_line_id is null and init_feedetl_sn is null and cnt >= 0 and det_item_fee_sumamt >= 0)
    or (init_line_id is not null and init_feedetl_sn is not null and cnt < 0 and det_item_fee_sumamt <= 0)) not valid;
alter table ins_fee_line validate constraint ins_fee_line_refund;

-- The original must be a row of the table. The foreign key is checked when a refund line is inserted (a primary-key
-- lookup); settling lines (update of setl_id) does not touch init_line_id and so does not check it, and no index is
-- added to the table, so settling a line stays an in-place (HOT) update (V5). Validated separately for the same
-- reason as above (VALIDATE takes SHARE UPDATE EXCLUSIVE on this table).
alter table ins_fee_line add constraint ins_fee_line_original foreign key (init_line_id) references ins_fee_line (id)
    not valid;
alter table ins_fee_line validate constraint ins_fee_line_original;
