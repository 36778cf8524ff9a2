-- 2204 fee lines keep the external prescription a drug was dispensed on (外购处方标志 rx_circ_flag = 1 with its rxno):
-- a designated retail pharmacy's purchase (med_type 41) is pooled only on a designated institution's prescription,
-- and the platform checks, at 2206/2207, that the prescription is one this pharmacy holds for the person with the
-- drug on it (issue 14). Lines uploaded before, and lines without one, have none; a refund line keeps its original's.
alter table ins_fee_line add column ext_rxno varchar(40);
-- the settlements in force on a prescription, asked at each settlement on it (one use, one settlement)
create index ins_fee_line_ext_rxno on ins_fee_line (ext_rxno) where ext_rxno is not null;
