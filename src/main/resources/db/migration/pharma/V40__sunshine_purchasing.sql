-- 阳光采购 settled by the fund: enterprises (生产/配送企业) with their 统一社会信用代码, purchase orders hospitals place
-- for a round's winning products, the enterprise's confirmation, deliveries with batch, expiry and 药品追溯码, the
-- hospital's receipt (which becomes purchase lines for 完成进度), and the payable the insurance fund settles directly
-- with the enterprise by a deadline (医保基金与药企直接结算).

create table ph_supplier (
    -- the platform's code: E, the 6-digit division it was registered under, a 5-digit sequence (12 characters,
    -- the width of a user's institution code, so an enterprise account is scoped to its own orders)
    code          varchar(12)  collate "C" primary key check (code ~ '^E[0-9]{11}$'),
    uscc          char(18)     collate "C" not null unique,
    -- the name its winning bids carry (ph_bid.enterprise)
    name          varchar(200) not null unique,
    region_code   varchar(12)  collate "C" not null,
    -- days the fund has to pay after the hospital's receipt (三明: 30)
    payment_days  integer      not null check (payment_days between 1 and 90),
    contact       varchar(100),
    phone         varchar(20),
    created_by    varchar(64)  not null,
    created_at    timestamptz  not null default now()
);

create table ph_order (
    id                  bigserial    primary key,
    order_no            varchar(24)  collate "C" not null unique,
    round_id            bigint       not null references ph_round (id),
    institution_code    varchar(12)  collate "C" not null,
    institution_region  varchar(12)  collate "C" not null,
    supplier_code       varchar(12)  collate "C" not null references ph_supplier (code),
    status              varchar(10)  not null check (status in ('SUBMITTED', 'CONFIRMED', 'REFUSED', 'CANCELLED',
                            'SHIPPED', 'RETURNED', 'RECEIVED')),
    ordered_on          date         not null,
    -- the day the hospital needs it by (配送时限)
    deliver_by          date         not null check (deliver_by >= ordered_on),
    amount              numeric(18,2) not null check (amount > 0),
    ordered_by          varchar(64)  not null,
    ordered_at          timestamptz  not null default now(),
    confirmed_by        varchar(64),
    confirmed_on        date,
    shipped_on          date,
    shipped_by          varchar(64),
    received_on         date,
    received_by         varchar(64),
    -- why the enterprise refused, the hospital cancelled or returned the delivery
    note                varchar(500),
    version             integer      not null default 0
);
create index ph_order_institution on ph_order (institution_code, ordered_on desc);
create index ph_order_supplier on ph_order (supplier_code, ordered_on desc);
create index ph_order_region on ph_order (institution_region varchar_pattern_ops, ordered_on desc);
create index ph_order_open on ph_order (status) where status in ('SUBMITTED', 'CONFIRMED', 'SHIPPED', 'RETURNED');

-- The lines: a winning item of the round at its winning price (unit prices per minimum unit, four decimals).
create table ph_order_line (
    order_id    bigint        not null references ph_order (id),
    line_no     integer       not null check (line_no >= 1),
    item_code   varchar(50)   collate "C" not null,
    product_id  bigint        not null references ph_product (id),
    quantity    bigint        not null check (quantity > 0),
    unit_price  numeric(18,4) not null check (unit_price > 0),
    amount      numeric(18,2) not null check (amount > 0),
    primary key (order_id, line_no)
);

-- What was shipped of a line: one row per batch, with its expiry; a returned delivery's lots are replaced by the
-- next shipment's.
create table ph_delivery_lot (
    order_id     bigint       not null,
    line_no      integer      not null,
    batch_no     varchar(40)  not null,
    expiry_date  date         not null,
    quantity     bigint       not null check (quantity > 0),
    primary key (order_id, line_no, batch_no),
    foreign key (order_id, line_no) references ph_order_line (order_id, line_no)
);

-- 药品追溯码 (20 digits) scanned for a lot: a package code or an aggregate case code. A code is delivered once on the
-- platform: the same code in a second delivery is a sign of diversion or a counterfeit and is refused.
create table ph_trace_code (
    code       char(20)    collate "C" primary key check (code ~ '^[0-9]{20}$'),
    order_id   bigint      not null,
    line_no    integer     not null,
    batch_no   varchar(40) not null,
    foreign key (order_id, line_no, batch_no) references ph_delivery_lot (order_id, line_no, batch_no)
        on delete cascade
);
create index ph_trace_code_order on ph_trace_code (order_id);

-- What the fund owes the enterprise for a received order, due payment_days after the receipt; paid once, through
-- insurance's SupplierPayments under the key PH-PAY-<order id>.
create table ph_payable (
    order_id            bigint        primary key references ph_order (id),
    institution_code    varchar(12)   collate "C" not null,
    institution_region  varchar(12)   collate "C" not null,
    supplier_code       varchar(12)   collate "C" not null references ph_supplier (code),
    amount              numeric(18,2) not null check (amount > 0),
    received_on         date          not null,
    due_on              date          not null check (due_on >= received_on),
    paid_on             date,
    paid_by             varchar(64),
    txn_id              varchar(40),
    check ((paid_on is null) = (txn_id is null))
);
create index ph_payable_unpaid on ph_payable (due_on) where paid_on is null;
create index ph_payable_supplier on ph_payable (supplier_code, received_on);
