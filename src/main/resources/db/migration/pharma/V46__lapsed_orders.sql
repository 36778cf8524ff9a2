-- 逾期未配送: an enterprise that confirmed an order and has shipped nothing of it (or only what came back) by the day
-- the hospital needed it may lose it: the hospital ends it with a reason and buys elsewhere (LAPSED). It counts as
-- due and not delivered in the enterprise's delivery rates.
alter table ph_order drop constraint ph_order_status_check;
alter table ph_order add constraint ph_order_status_check check (status in ('SUBMITTED', 'CONFIRMED', 'REFUSED',
    'CANCELLED', 'SHIPPED', 'RETURNED', 'PART_RECEIVED', 'RECEIVED', 'LAPSED'));
