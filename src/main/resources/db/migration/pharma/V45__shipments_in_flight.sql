-- Several shipments of one order may be on their way at once (分批配送 from more than one warehouse or day): the
-- order's row lock, taken by every shipment, receipt and return, keeps what they carry within what was ordered.
drop index ph_shipment_on_its_way;
create index ph_shipment_in_flight on ph_shipment (order_id) where status = 'SHIPPED';
