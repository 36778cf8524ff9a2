-- 分批配送: an enterprise short of stock ships part of an order and the rest later. Each shipment is received (its
-- lines become purchase lines and a payable of the fund), or returned, on its own; the fund pays each receipt once its
-- invoices match; a hospital that will not wait for the rest closes the order short. One shipment is on its way at a
-- time. Orders shipped before this migration are one shipment of everything ordered.

alter table ph_order drop constraint ph_order_status_check;
alter table ph_order alter column status type varchar(16);
alter table ph_order add constraint ph_order_status_check check (status in ('SUBMITTED', 'CONFIRMED', 'REFUSED',
    'CANCELLED', 'SHIPPED', 'RETURNED', 'PART_RECEIVED', 'RECEIVED'));
drop index ph_order_open;
create index ph_order_open on ph_order (status)
    where status in ('SUBMITTED', 'CONFIRMED', 'SHIPPED', 'RETURNED', 'PART_RECEIVED');

create table ph_shipment (
    order_id     bigint        not null references ph_order (id),
    shipment_no  integer       not null check (shipment_no >= 1),
    status       varchar(10)   not null check (status in ('SHIPPED', 'RECEIVED', 'RETURNED')),
    shipped_on   date          not null,
    shipped_by   varchar(64)   not null,
    received_on  date,
    received_by  varchar(64),
    returned_on  date,
    -- why the hospital returned it
    note         varchar(500),
    -- what the shipment is worth: its lines' parts (the last part of a line takes what the line's amount leaves)
    amount       numeric(18,2) not null check (amount > 0),
    primary key (order_id, shipment_no),
    check ((status = 'RECEIVED') = (received_on is not null))
);
create unique index ph_shipment_on_its_way on ph_shipment (order_id) where status = 'SHIPPED';

create table ph_shipment_line (
    order_id     bigint        not null,
    shipment_no  integer       not null,
    line_no      integer       not null,
    quantity     bigint        not null check (quantity > 0),
    amount       numeric(18,2) not null check (amount >= 0),
    primary key (order_id, shipment_no, line_no),
    foreign key (order_id, shipment_no) references ph_shipment (order_id, shipment_no),
    foreign key (order_id, line_no) references ph_order_line (order_id, line_no)
);

insert into ph_shipment (order_id, shipment_no, status, shipped_on, shipped_by, received_on, received_by, note, amount)
select id, 1, case status when 'RETURNED' then 'RETURNED' else status end, shipped_on,
       coalesce(shipped_by, ordered_by), received_on, received_by, case when status = 'RETURNED' then note end, amount
from ph_order where status in ('SHIPPED', 'RETURNED', 'RECEIVED') and shipped_on is not null;
insert into ph_shipment_line (order_id, shipment_no, line_no, quantity, amount)
select l.order_id, 1, l.line_no, l.quantity, l.amount
from ph_order_line l join ph_shipment s on s.order_id = l.order_id;

-- batches and trace codes belong to a shipment; a returned shipment keeps its batches but not its codes (the goods
-- may come again with them)
alter table ph_trace_code drop constraint ph_trace_code_order_id_line_no_batch_no_fkey;
delete from ph_trace_code t where not exists (select 1 from ph_shipment s where s.order_id = t.order_id and s.status <> 'RETURNED');
delete from ph_delivery_lot l where not exists (select 1 from ph_shipment s where s.order_id = l.order_id);
alter table ph_delivery_lot add column shipment_no integer not null default 1;
alter table ph_delivery_lot alter column shipment_no drop default;
alter table ph_delivery_lot drop constraint ph_delivery_lot_pkey;
alter table ph_delivery_lot add primary key (order_id, shipment_no, line_no, batch_no);
alter table ph_delivery_lot add foreign key (order_id, shipment_no) references ph_shipment (order_id, shipment_no);
alter table ph_trace_code add column shipment_no integer not null default 1;
alter table ph_trace_code alter column shipment_no drop default;
alter table ph_trace_code add foreign key (order_id, shipment_no, line_no, batch_no)
    references ph_delivery_lot (order_id, shipment_no, line_no, batch_no) on delete cascade;

-- the fund owes each received shipment; paid under PH-PAY-<order> for the first, PH-PAY-<order>-<n> after
alter table ph_payable add column shipment_no integer not null default 1;
alter table ph_payable alter column shipment_no drop default;
alter table ph_payable drop constraint ph_payable_pkey;
alter table ph_payable add primary key (order_id, shipment_no);
alter table ph_payable add foreign key (order_id, shipment_no) references ph_shipment (order_id, shipment_no);

-- an invoice is for one shipment (票随货走)
alter table ph_invoice add column shipment_no integer not null default 1;
alter table ph_invoice alter column shipment_no drop default;
alter table ph_invoice add foreign key (order_id, shipment_no) references ph_shipment (order_id, shipment_no);
drop index ph_invoice_waiting;
create index ph_invoice_waiting on ph_invoice (order_id, shipment_no) where status = 'SUBMITTED';
