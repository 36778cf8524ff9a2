-- Invoices (发票) for 阳光采购 orders and the hospital's check (验票): the fund pays an enterprise only when the order,
-- the receipt and the accepted invoices agree (三单一致), and the payment clock starts when they match. An order
-- placed by a hospital system carries the system's own order number, so a request sent twice places nothing twice.

create table ph_invoice (
    id            bigserial     primary key,
    order_id      bigint        not null references ph_order (id),
    -- 数电发票: a 20-digit number and no code; earlier 增值税发票: a 10- or 12-digit code and an 8-digit number
    invoice_code  varchar(12)   collate "C" check (invoice_code ~ '^([0-9]{10}|[0-9]{12})$'),
    invoice_no    varchar(20)   collate "C" not null check (invoice_no ~ '^([0-9]{8}|[0-9]{20})$'),
    issued_on     date          not null,
    seller_uscc   char(18)      collate "C" not null,
    buyer_name    varchar(200)  not null,
    -- 金额 (without tax), 税率, 税额, 价税合计
    amount        numeric(18,2) not null check (amount > 0),
    tax_rate      numeric(4,2)  not null check (tax_rate in (0, 0.01, 0.03, 0.06, 0.09, 0.13)),
    tax           numeric(18,2) not null check (tax >= 0),
    total         numeric(18,2) not null check (total = amount + tax),
    status        varchar(10)   not null check (status in ('SUBMITTED', 'ACCEPTED', 'REJECTED')),
    submitted_by  varchar(64)   not null,
    submitted_on  date          not null,
    checked_by    varchar(64),
    checked_on    date,
    -- why the hospital rejected it
    reason        varchar(500),
    check ((status = 'SUBMITTED') = (checked_on is null))
);
-- an invoice is presented for payment once on the platform
create unique index ph_invoice_number on ph_invoice (coalesce(invoice_code, ''), invoice_no);
create index ph_invoice_order on ph_invoice (order_id);
create index ph_invoice_waiting on ph_invoice (order_id, submitted_on) where status = 'SUBMITTED';

-- The day the order's accepted invoices came to its amount; the due day counts from it (or from the receipt, if
-- later). Payables received before invoices were checked on the platform were matched at their receipt.
alter table ph_payable add column invoiced_on date;
update ph_payable set invoiced_on = received_on;
alter table ph_payable alter column due_on drop not null;
alter table ph_payable add constraint ph_payable_matched check ((invoiced_on is null) = (due_on is null));
alter table ph_payable add constraint ph_payable_paid_matched check (paid_on is null or invoiced_on is not null);
create index ph_payable_unmatched on ph_payable (received_on) where invoiced_on is null;

alter table ph_order add column his_order_no varchar(40) collate "C";
-- one order per enterprise of a hospital system's order: a second request with the same number is refused
create unique index ph_order_his on ph_order (institution_code, his_order_no, supplier_code)
    where his_order_no is not null;
