package org.sanyi.pharma.ordering;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.sanyi.pharma.engine.Invoicing;
import org.sanyi.pharma.engine.Ordering.Status;
import org.sanyi.security.DataScope;
import org.sanyi.shared.PageQuery;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/**
 * {@code ph_supplier}, {@code ph_order}, its lines, lots and trace codes, and
 * {@code ph_payable}. A data scope reads orders as: the platform all, a region its
 * institutions', an institution its own, an enterprise (an institution-scoped account
 * whose code is the enterprise's) the orders placed with it.
 */
@Repository
class OrderRepository {

	private final JdbcClient jdbc;

	OrderRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An enterprise registered for 阳光采购 and direct settlement. */
	record SupplierRow(String code, String uscc, String name, String regionCode, int paymentDays, String contact,
			String phone) {
	}

	/**
	 * An order as lists show it: of its payables, the earliest due day of what is unpaid,
	 * the last payment and its postings; the day the earliest invoice held by the
	 * hospital for a received shipment was first checkable; {@code shippedOn} the day the
	 * shipment on its way longest left (the last shipment's when none is); how many
	 * minimum units are neither received nor on their way.
	 */
	record OrderRow(long id, String orderNo, long roundId, String roundName, String institutionCode,
			String institutionRegion, String supplierCode, String supplierName, Status status, LocalDate orderedOn,
			LocalDate deliverBy, BigDecimal amount, String orderedBy, String confirmedBy, LocalDate confirmedOn,
			LocalDate shippedOn, LocalDate receivedOn, String note, LocalDate dueOn, LocalDate paidOn, String txnId,
			LocalDate invoicedOn, LocalDate invoiceWaitingSince, String hisOrderNo, long toShip) {

		/**
		 * The day the hospital must have checked the invoice it holds, or null when none
		 * waits.
		 */
		LocalDate checkBy() {
			return invoiceWaitingSince == null ? null : Invoicing.checkBy(invoiceWaitingSince, null);
		}

	}

	/** A line of an order with its product. */
	record LineRow(int lineNo, String itemCode, long productId, String product, long quantity, BigDecimal unitPrice,
			BigDecimal amount) {
	}

	/**
	 * A shipped batch of a line with its trace codes (none once its shipment was
	 * returned).
	 */
	record LotRow(int shipmentNo, int lineNo, String batchNo, LocalDate expiryDate, long quantity,
			List<String> traceCodes) {
	}

	/** A shipment with its payable when received. */
	record ShipmentRow(int shipmentNo, String status, LocalDate shippedOn, LocalDate receivedOn, LocalDate returnedOn,
			String note, BigDecimal amount, LocalDate invoicedOn, LocalDate dueOn, LocalDate paidOn, String txnId) {
	}

	/** A line of a shipment with what its order line says of it. */
	record ShipmentLine(int lineNo, String itemCode, long quantity, BigDecimal unitPrice, BigDecimal amount) {
	}

	/** What of an order line came in received shipments. */
	record Received(long quantity, BigDecimal amount) {

		static final Received NONE = new Received(0, BigDecimal.ZERO);

	}

	static final String SCOPE = """
			(:prefix = '' or o.institution_region like :prefix || '%')
			and (:own = '' or o.institution_code = :own or o.supplier_code = :own)""";

	static StatementSpec bindScope(StatementSpec spec, DataScope scope) {
		return spec.param("prefix", switch (scope.kind()) {
			case ALL, INSTITUTION -> "";
			case REGION -> scope.regionPrefix();
			case SELF -> "~";
		}).param("own", scope.kind() == DataScope.Kind.INSTITUTION ? scope.institutionCode() : "");
	}

	/** Binds {@code :any} and {@code :states}: some states, or all when empty. */
	private static StatementSpec bindStates(StatementSpec spec, Collection<Status> states) {
		return spec.param("any", states.isEmpty())
			.param("states", states.isEmpty() ? List.of("-") : states.stream().map(Enum::name).toList());
	}

	// --- suppliers

	Optional<SupplierRow> supplier(String code) {
		return jdbc.sql("select * from ph_supplier where code = :c")
			.param("c", code)
			.query(SupplierRow.class)
			.optional();
	}

	Optional<SupplierRow> supplierNamed(String name) {
		return jdbc.sql("select * from ph_supplier where name = :n")
			.param("n", name)
			.query(SupplierRow.class)
			.optional();
	}

	List<SupplierRow> suppliers() {
		return jdbc.sql("select * from ph_supplier order by code").query(SupplierRow.class).list();
	}

	/** Whether a supplier with this code, USCC or name exists: the clashing value. */
	Optional<String> supplierClash(SupplierRow s) {
		return jdbc.sql("""
				select case when code = :code then code when uscc = :uscc then uscc else name end
				from ph_supplier where code = :code or uscc = :uscc or name = :name limit 1""")
			.param("code", s.code())
			.param("uscc", s.uscc())
			.param("name", s.name())
			.query(String.class)
			.optional();
	}

	void insertSupplier(SupplierRow s, String by) {
		jdbc.sql("""
				insert into ph_supplier (code, uscc, name, region_code, payment_days, contact, phone, created_by)
				values (:code, :uscc, :name, :region, :days, :contact, :phone, :by)""")
			.param("code", s.code())
			.param("uscc", s.uscc())
			.param("name", s.name())
			.param("region", s.regionCode())
			.param("days", s.paymentDays())
			.param("contact", s.contact())
			.param("phone", s.phone())
			.param("by", by)
			.update();
	}

	/** The next free sequence of supplier codes under a division. */
	int nextSupplierSeq(String division) {
		return jdbc.sql("select coalesce(max(substr(code, 8)::int), 0) + 1 from ph_supplier where code like :p")
			.param("p", "E" + division + "%")
			.query(Integer.class)
			.single();
	}

	// --- orders

	long insertOrder(long roundId, String institution, String institutionRegion, String supplier, LocalDate orderedOn,
			LocalDate deliverBy, BigDecimal amount, String hisOrderNo, String by) {
		long id = jdbc.sql("select nextval('ph_order_id_seq')").query(Long.class).single();
		jdbc.sql(
				"""
						insert into ph_order (id, order_no, round_id, institution_code, institution_region, supplier_code, status,
						    ordered_on, deliver_by, amount, ordered_by, his_order_no)
						values (:id, :no, :round, :institution, :region, :supplier, 'SUBMITTED', :on, :by_day, :amount, :by, :his)""")
			.param("id", id)
			.param("no", orderNo(orderedOn, id))
			.param("round", roundId)
			.param("institution", institution)
			.param("region", institutionRegion)
			.param("supplier", supplier)
			.param("on", orderedOn)
			.param("by_day", deliverBy)
			.param("amount", amount)
			.param("by", by)
			.param("his", hisOrderNo)
			.update();
		return id;
	}

	/** The orders a hospital system's order number placed, by order number. */
	List<String> placedAs(String institution, String hisOrderNo) {
		return jdbc
			.sql("select order_no from ph_order where institution_code = :i and his_order_no = :his order by order_no")
			.param("i", institution)
			.param("his", hisOrderNo)
			.query(String.class)
			.list();
	}

	/**
	 * Holds the order's row until the transaction ends, for an action that reads its
	 * invoices or shipments before writing (nothing when there is no such order).
	 */
	void lock(long orderId) {
		jdbc.sql("select id from ph_order where id = :id for update").param("id", orderId).query(Long.class).optional();
	}

	static String orderNo(LocalDate day, long id) {
		return "PO" + day.toString().replace("-", "") + String.format("%08d", id);
	}

	void insertLine(long orderId, int lineNo, String itemCode, long productId, long quantity, BigDecimal unitPrice,
			BigDecimal amount) {
		jdbc.sql("""
				insert into ph_order_line (order_id, line_no, item_code, product_id, quantity, unit_price, amount)
				values (:o, :n, :item, :product, :q, :price, :amount)""")
			.param("o", orderId)
			.param("n", lineNo)
			.param("item", itemCode)
			.param("product", productId)
			.param("q", quantity)
			.param("price", unitPrice)
			.param("amount", amount)
			.update();
	}

	private static final String ORDER_SELECT = """
			select o.id, o.order_no, o.round_id, r.name, o.institution_code, o.institution_region, o.supplier_code,
			       s.name, o.status, o.ordered_on, o.deliver_by, o.amount, o.ordered_by, o.confirmed_by, o.confirmed_on,
			       coalesce((select min(h.shipped_on) from ph_shipment h where h.order_id = o.id and h.status = 'SHIPPED'),
			                o.shipped_on),
			       o.received_on, o.note,
			       (select min(p.due_on) from ph_payable p where p.order_id = o.id and p.paid_on is null),
			       (select max(p.paid_on) from ph_payable p where p.order_id = o.id),
			       (select string_agg(p.txn_id, ', ' order by p.shipment_no) from ph_payable p where p.order_id = o.id),
			       (select max(p.invoiced_on) from ph_payable p where p.order_id = o.id),
			       (select min(greatest(i.submitted_on, h.received_on)) from ph_invoice i
			        join ph_shipment h on h.order_id = i.order_id and h.shipment_no = i.shipment_no
			        where i.order_id = o.id and i.status = 'SUBMITTED' and h.status = 'RECEIVED'),
			       o.his_order_no,
			       (select coalesce(sum(l.quantity), 0) from ph_order_line l where l.order_id = o.id)
			       - (select coalesce(sum(sl.quantity), 0) from ph_shipment_line sl
			          join ph_shipment h on h.order_id = sl.order_id and h.shipment_no = sl.shipment_no
			          where sl.order_id = o.id and h.status in ('RECEIVED', 'SHIPPED'))
			from ph_order o join ph_round r on r.id = o.round_id join ph_supplier s on s.code = o.supplier_code
			""";

	private static OrderRow order(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		return new OrderRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getString(7), rs.getString(8), Status.valueOf(rs.getString(9)), date(rs, 10),
				date(rs, 11), rs.getBigDecimal(12), rs.getString(13), rs.getString(14), date(rs, 15), date(rs, 16),
				date(rs, 17), rs.getString(18), date(rs, 19), date(rs, 20), rs.getString(21), date(rs, 22),
				date(rs, 23), rs.getString(24), rs.getLong(25));
	}

	private static LocalDate date(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	Optional<OrderRow> order(long id, DataScope scope) {
		return bindScope(jdbc.sql(ORDER_SELECT + " where o.id = :id and " + SCOPE), scope).param("id", id)
			.query(OrderRepository::order)
			.optional();
	}

	/** Orders in scope, newest first, of some states (all when empty). */
	List<OrderRow> orders(DataScope scope, Collection<Status> states, PageQuery page) {
		return bindStates(bindScope(jdbc.sql(ORDER_SELECT + " where " + SCOPE
				+ " and (:any or o.status in (:states)) order by o.ordered_on desc, o.id desc limit :limit offset :offset"),
				scope), states)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(OrderRepository::order)
			.list();
	}

	long count(DataScope scope, Collection<Status> states) {
		return bindStates(bindScope(
				jdbc.sql("select count(*) from ph_order o where " + SCOPE + " and (:any or o.status in (:states))"),
				scope), states)
			.query(Long.class)
			.single();
	}

	/** Orders per state in scope. */
	List<StateCount> states(DataScope scope) {
		return bindScope(jdbc
			.sql("select o.status, count(*), sum(o.amount) from ph_order o where " + SCOPE + " group by o.status"),
				scope)
			.query((rs, i) -> new StateCount(Status.valueOf(rs.getString(1)), rs.getLong(2), rs.getBigDecimal(3)))
			.list();
	}

	record StateCount(Status status, long orders, BigDecimal amount) {
	}

	/**
	 * Moves an order from one state to another if it is still in it; whether it moved
	 * (another user may have moved it first).
	 */
	boolean move(long id, Status from, Status to, LocalDate day, String by, String note) {
		String who = switch (to) {
			case CONFIRMED -> ", confirmed_by = :by, confirmed_on = :day";
			case SHIPPED -> ", shipped_by = :by, shipped_on = :day";
			case RECEIVED, PART_RECEIVED -> from == Status.SHIPPED ? ", received_by = :by, received_on = :day" : "";
			default -> "";
		};
		return jdbc
			.sql("update ph_order set status = :to, version = version + 1, note = coalesce(:note, note)" + who
					+ " where id = :id and status = :from")
			.param("to", to.name())
			.param("from", from.name())
			.param("id", id)
			.param("by", by)
			.param("day", day)
			.param("note", note)
			.update() == 1;
	}

	List<LineRow> lines(long orderId) {
		return jdbc
			.sql("""
					select l.line_no, l.item_code, l.product_id, p.generic_name || ' ' || p.specification, l.quantity,
					       l.unit_price, l.amount
					from ph_order_line l join ph_product p on p.id = l.product_id where l.order_id = :o order by l.line_no""")
			.param("o", orderId)
			.query((rs, i) -> new LineRow(rs.getInt(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getLong(5),
					rs.getBigDecimal(6), rs.getBigDecimal(7)))
			.list();
	}

	List<LotRow> lots(long orderId) {
		return jdbc
			.sql("""
					select l.shipment_no, l.line_no, l.batch_no, l.expiry_date, l.quantity,
					       coalesce((select array_agg(t.code order by t.code) from ph_trace_code t
					                 where t.order_id = l.order_id and t.shipment_no = l.shipment_no and t.line_no = l.line_no
					                   and t.batch_no = l.batch_no),
					                '{}')
					from ph_delivery_lot l where l.order_id = :o order by l.shipment_no, l.line_no, l.batch_no""")
			.param("o", orderId)
			.query((rs, i) -> new LotRow(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getObject(4, LocalDate.class),
					rs.getLong(5), List.of((String[]) rs.getArray(6).getArray())))
			.list();
	}

	/** A returned shipment's trace codes: the goods may come again with them. */
	void forgetTraceCodes(long orderId, int shipmentNo) {
		jdbc.sql("delete from ph_trace_code where order_id = :o and shipment_no = :s")
			.param("o", orderId)
			.param("s", shipmentNo)
			.update();
	}

	// --- shipments

	List<ShipmentRow> shipments(long orderId) {
		return jdbc.sql("""
				select s.shipment_no, s.status, s.shipped_on, s.received_on, s.returned_on, s.note, s.amount,
				       p.invoiced_on, p.due_on, p.paid_on, p.txn_id
				from ph_shipment s left join ph_payable p on p.order_id = s.order_id and p.shipment_no = s.shipment_no
				where s.order_id = :o order by s.shipment_no""").param("o", orderId).query(ShipmentRow.class).list();
	}

	Optional<ShipmentRow> shipment(long orderId, int shipmentNo) {
		return shipments(orderId).stream().filter(s -> s.shipmentNo() == shipmentNo).findFirst();
	}

	/**
	 * The shipment an invoice names ({@code shipmentNo}), else the only one on its way,
	 * else the last received one; null when there is none or several are on their way.
	 */
	static ShipmentRow invoiceTarget(List<ShipmentRow> shipments, Integer shipmentNo) {
		if (shipmentNo != null) {
			return shipments.stream().filter(s -> s.shipmentNo() == shipmentNo).findFirst().orElse(null);
		}
		List<ShipmentRow> onTheirWay = shipments.stream().filter(s -> s.status().equals("SHIPPED")).toList();
		if (onTheirWay.size() > 1) {
			return null;
		}
		return onTheirWay.isEmpty()
				? shipments.stream().filter(s -> s.status().equals("RECEIVED")).reduce((a, b) -> b).orElse(null)
				: onTheirWay.getFirst();
	}

	/** The shipments of an order on their way, oldest first. */
	List<ShipmentRow> onTheirWay(long orderId) {
		return shipments(orderId).stream().filter(s -> s.status().equals("SHIPPED")).toList();
	}

	int nextShipmentNo(long orderId) {
		return jdbc.sql("select coalesce(max(shipment_no), 0) + 1 from ph_shipment where order_id = :o")
			.param("o", orderId)
			.query(Integer.class)
			.single();
	}

	void insertShipment(long orderId, int shipmentNo, LocalDate day, String by, BigDecimal amount) {
		jdbc.sql("""
				insert into ph_shipment (order_id, shipment_no, status, shipped_on, shipped_by, amount)
				values (:o, :s, 'SHIPPED', :d, :by, :amount)""")
			.param("o", orderId)
			.param("s", shipmentNo)
			.param("d", day)
			.param("by", by)
			.param("amount", amount)
			.update();
	}

	void insertShipmentLine(long orderId, int shipmentNo, int lineNo, long quantity, BigDecimal amount) {
		jdbc.sql("""
				insert into ph_shipment_line (order_id, shipment_no, line_no, quantity, amount)
				values (:o, :s, :n, :q, :amount)""")
			.param("o", orderId)
			.param("s", shipmentNo)
			.param("n", lineNo)
			.param("q", quantity)
			.param("amount", amount)
			.update();
	}

	List<ShipmentLine> shipmentLines(long orderId, int shipmentNo) {
		return jdbc.sql("""
				select s.line_no, l.item_code, s.quantity, l.unit_price, s.amount
				from ph_shipment_line s join ph_order_line l on l.order_id = s.order_id and l.line_no = s.line_no
				where s.order_id = :o and s.shipment_no = :n order by s.line_no""")
			.param("o", orderId)
			.param("n", shipmentNo)
			.query(ShipmentLine.class)
			.list();
	}

	/** Per line, what received shipments brought. */
	java.util.Map<Integer, Received> received(long orderId) {
		return shipped(orderId, List.of("RECEIVED"));
	}

	/**
	 * Per line, what is received or on its way: what a new shipment may not take a line
	 * beyond.
	 */
	java.util.Map<Integer, Received> committed(long orderId) {
		return shipped(orderId, List.of("RECEIVED", "SHIPPED"));
	}

	private java.util.Map<Integer, Received> shipped(long orderId, List<String> states) {
		return jdbc.sql("""
				select l.line_no, sum(l.quantity), sum(l.amount) from ph_shipment_line l
				join ph_shipment s on s.order_id = l.order_id and s.shipment_no = l.shipment_no
				where l.order_id = :o and s.status in (:states) group by l.line_no""")
			.param("o", orderId)
			.param("states", states)
			.query((rs, i) -> java.util.Map.entry(rs.getInt(1), new Received(rs.getLong(2), rs.getBigDecimal(3))))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));
	}

	/**
	 * Ends a shipment on its way as received or returned; whether it was on its way.
	 */
	boolean endShipment(long orderId, int shipmentNo, boolean received, LocalDate day, String by, String note) {
		return jdbc.sql(received ? """
				update ph_shipment set status = 'RECEIVED', received_on = :d, received_by = :by
				where order_id = :o and shipment_no = :s and status = 'SHIPPED'""" : """
				update ph_shipment set status = 'RETURNED', returned_on = :d, note = :note
				where order_id = :o and shipment_no = :s and status = 'SHIPPED'""")
			.param("o", orderId)
			.param("s", shipmentNo)
			.param("d", day)
			.param("by", by)
			.param("note", note)
			.update() == 1;
	}

	void insertLot(long orderId, int shipmentNo, int lineNo, String batch, LocalDate expiry, long quantity) {
		jdbc.sql("""
				insert into ph_delivery_lot (order_id, shipment_no, line_no, batch_no, expiry_date, quantity)
				values (:o, :s, :n, :b, :e, :q)""")
			.param("o", orderId)
			.param("s", shipmentNo)
			.param("n", lineNo)
			.param("b", batch)
			.param("e", expiry)
			.param("q", quantity)
			.update();
	}

	/** Inserts a trace code unless it was delivered before; whether it was new. */
	boolean insertTraceCode(String code, long orderId, int shipmentNo, int lineNo, String batch) {
		return jdbc.sql("""
				insert into ph_trace_code (code, order_id, shipment_no, line_no, batch_no) values (:c, :o, :s, :n, :b)
				on conflict (code) do nothing""")
			.param("c", code)
			.param("o", orderId)
			.param("s", shipmentNo)
			.param("n", lineNo)
			.param("b", batch)
			.update() == 1;
	}

	/** The order a trace code was delivered with. */
	String traceCodeOrder(String code) {
		return jdbc.sql("select o.order_no from ph_trace_code t join ph_order o on o.id = t.order_id where t.code = :c")
			.param("c", code)
			.query(String.class)
			.optional()
			.orElse("?");
	}

	// --- payables

	/** The fund's payable for a received shipment, not yet matched by invoices. */
	void insertPayable(OrderRow o, int shipmentNo, BigDecimal amount, LocalDate received) {
		jdbc.sql("""
				insert into ph_payable (order_id, shipment_no, institution_code, institution_region, supplier_code,
				    amount, received_on) values (:o, :s, :institution, :region, :supplier, :amount, :received)""")
			.param("o", o.id())
			.param("s", shipmentNo)
			.param("institution", o.institutionCode())
			.param("region", o.institutionRegion())
			.param("supplier", o.supplierCode())
			.param("amount", amount)
			.param("received", received)
			.update();
	}

	/**
	 * A shipment's invoices matched its amount on {@code day}: the payment clock starts.
	 */
	void matchPayable(long orderId, int shipmentNo, LocalDate day, LocalDate due) {
		jdbc.sql("""
				update ph_payable set invoiced_on = :d, due_on = :due
				where order_id = :o and shipment_no = :s and invoiced_on is null""")
			.param("d", day)
			.param("due", due)
			.param("o", orderId)
			.param("s", shipmentNo)
			.update();
	}

	// --- invoices

	/** An invoice of an order. */
	record InvoiceRow(long id, long orderId, int shipmentNo, String invoiceCode, String invoiceNo, LocalDate issuedOn,
			String sellerUscc, String buyerName, BigDecimal amount, BigDecimal taxRate, BigDecimal tax,
			BigDecimal total, Invoicing.Status status, String submittedBy, LocalDate submittedOn, String checkedBy,
			LocalDate checkedOn, String reason) {

		/** The number as printed: code and number, or the 数电发票's number alone. */
		public String printed() {
			return invoiceCode == null ? invoiceNo : invoiceCode + " " + invoiceNo;
		}

	}

	long insertInvoice(long orderId, InvoiceRow i, String by, LocalDate on) {
		return jdbc
			.sql("""
					insert into ph_invoice (order_id, shipment_no, invoice_code, invoice_no, issued_on, seller_uscc, buyer_name,
					    amount, tax_rate, tax, total, status, submitted_by, submitted_on)
					values (:o, :s, :code, :no, :issued, :seller, :buyer, :amount, :rate, :tax, :total, 'SUBMITTED', :by, :on)
					on conflict do nothing returning id""")
			.param("o", orderId)
			.param("s", i.shipmentNo())
			.param("code", i.invoiceCode())
			.param("no", i.invoiceNo())
			.param("issued", i.issuedOn())
			.param("seller", i.sellerUscc())
			.param("buyer", i.buyerName())
			.param("amount", i.amount())
			.param("rate", i.taxRate())
			.param("tax", i.tax())
			.param("total", i.total())
			.param("by", by)
			.param("on", on)
			.query(Long.class)
			.optional()
			.orElse(-1L);
	}

	/** The order an invoice number was presented with, if it was. */
	Optional<String> invoiceOrderOf(String code, String number) {
		return jdbc.sql("""
				select o.order_no from ph_invoice i join ph_order o on o.id = i.order_id
				where coalesce(i.invoice_code, '') = :code and i.invoice_no = :no""")
			.param("code", code == null ? "" : code)
			.param("no", number)
			.query(String.class)
			.optional();
	}

	List<InvoiceRow> invoices(long orderId) {
		return jdbc.sql("select * from ph_invoice where order_id = :o order by shipment_no, id")
			.param("o", orderId)
			.query(InvoiceRow.class)
			.list();
	}

	Optional<InvoiceRow> invoice(long id) {
		return jdbc.sql("select * from ph_invoice where id = :id").param("id", id).query(InvoiceRow.class).optional();
	}

	/** Sum of the totals of a shipment's invoices in some states. */
	BigDecimal invoiced(long orderId, int shipmentNo, Collection<Invoicing.Status> states) {
		return jdbc.sql("""
				select coalesce(sum(total), 0) from ph_invoice
				where order_id = :o and shipment_no = :s and status in (:states)""")
			.param("o", orderId)
			.param("s", shipmentNo)
			.param("states", states.stream().map(Enum::name).toList())
			.query(BigDecimal.class)
			.single();
	}

	/** Sends back the invoices of a returned shipment still waiting for their check. */
	void rejectWaiting(long orderId, int shipmentNo, LocalDate on, String by, String reason) {
		jdbc.sql("""
				update ph_invoice set status = 'REJECTED', checked_on = :on, checked_by = :by, reason = :reason
				where order_id = :o and shipment_no = :s and status = 'SUBMITTED'""")
			.param("on", on)
			.param("by", by)
			.param("reason", reason)
			.param("o", orderId)
			.param("s", shipmentNo)
			.update();
	}

	/** Checks a submitted invoice; whether it was still waiting. */
	boolean checkInvoice(long id, Invoicing.Status to, LocalDate on, String by, String reason) {
		return jdbc.sql("""
				update ph_invoice set status = :to, checked_on = :on, checked_by = :by, reason = :reason
				where id = :id and status = 'SUBMITTED'""")
			.param("to", to.name())
			.param("on", on)
			.param("by", by)
			.param("reason", reason)
			.param("id", id)
			.update() == 1;
	}

	/** An unpaid payable as a payment run takes it. */
	record Unpaid(long orderId, int shipmentNo, String orderNo, String institutionCode, String supplierCode,
			String supplierName, String supplierUscc, BigDecimal amount, LocalDate receivedOn, LocalDate dueOn) {
	}

	/**
	 * Unpaid payables in scope received on or before {@code through}, of one supplier or
	 * all, locked for the payment run (a concurrent run waits, then finds them paid).
	 */
	List<Unpaid> unpaidForUpdate(DataScope scope, LocalDate through, String supplier) {
		return bindScope(jdbc
			.sql("""
					select p.order_id, p.shipment_no, o.order_no, p.institution_code, p.supplier_code, s.name as supplier_name,
					       s.uscc as supplier_uscc, p.amount, p.received_on, p.due_on
					from ph_payable p join ph_order o on o.id = p.order_id join ph_supplier s on s.code = p.supplier_code
					where p.paid_on is null and p.invoiced_on is not null
					  and greatest(p.received_on, p.invoiced_on) <= :through and (:supplier = '' or p.supplier_code = :supplier)
					  and """
					+ SCOPE + " order by p.due_on, p.order_id, p.shipment_no for update of p"),
				scope)
			.param("through", through)
			.param("supplier", supplier == null ? "" : supplier)
			.query(Unpaid.class)
			.list();
	}

	void markPaid(long orderId, int shipmentNo, LocalDate on, String by, String txnId) {
		jdbc.sql("""
				update ph_payable set paid_on = :d, paid_by = :by, txn_id = :t
				where order_id = :o and shipment_no = :s and paid_on is null""")
			.param("d", on)
			.param("by", by)
			.param("t", txnId)
			.param("o", orderId)
			.param("s", shipmentNo)
			.update();
	}

	/** Per enterprise: what is owed, what is overdue on {@code today}, what was paid. */
	record SupplierBalance(String supplierCode, String supplierName, long unmatched, BigDecimal unmatchedAmount,
			long unpaid, BigDecimal unpaidAmount, long overdue, BigDecimal overdueAmount, LocalDate oldestDue,
			long paid, BigDecimal paidAmount, long paidLate, BigDecimal averageDays) {
	}

	/**
	 * Per enterprise, of the orders in scope placed from {@code from} and due by
	 * {@code today} (the day needed has passed), cancelled ones left out: how many, how
	 * many refused, what they were worth, what of it arrived, and what arrived by the day
	 * needed.
	 */
	record SupplierDelivery(String supplierCode, String supplierName, long orders, long refused,
			BigDecimal orderedAmount, BigDecimal receivedAmount, BigDecimal onTimeAmount) {

		/** 配送率: what arrived of what was due, % to one decimal. */
		public BigDecimal deliveredPercent() {
			return percent(receivedAmount);
		}

		/** 按时到货率: what arrived by the day needed of what was due, %. */
		public BigDecimal onTimePercent() {
			return percent(onTimeAmount);
		}

		private BigDecimal percent(BigDecimal part) {
			return orderedAmount.signum() == 0 ? null
					: part.multiply(BigDecimal.valueOf(100)).divide(orderedAmount, 1, java.math.RoundingMode.HALF_UP);
		}

	}

	List<SupplierDelivery> deliveries(DataScope scope, LocalDate from, LocalDate today) {
		return bindScope(jdbc
			.sql("""
					select o.supplier_code, min(s.name) as supplier_name, count(*) as orders,
					       count(*) filter (where o.status = 'REFUSED') as refused,
					       sum(o.amount) as ordered_amount,
					       coalesce(sum((select sum(h.amount) from ph_shipment h
					                     where h.order_id = o.id and h.status = 'RECEIVED')), 0) as received_amount,
					       coalesce(sum((select sum(h.amount) from ph_shipment h
					                     where h.order_id = o.id and h.status = 'RECEIVED' and h.received_on <= o.deliver_by)), 0)
					           as on_time_amount
					from ph_order o join ph_supplier s on s.code = o.supplier_code
					where o.ordered_on >= :from and o.deliver_by < :today and o.status <> 'CANCELLED' and """
					+ SCOPE + """

							group by o.supplier_code order by 1"""),
				scope)
			.param("from", from)
			.param("today", today)
			.query(SupplierDelivery.class)
			.list()
			.stream()
			// the enterprises that delivered least first
			.sorted(java.util.Comparator.comparing(SupplierDelivery::deliveredPercent,
					java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
			.toList();
	}

	List<SupplierBalance> balances(DataScope scope, LocalDate today) {
		return bindScope(jdbc
			.sql("""
					select p.supplier_code, min(s.name) as supplier_name,
					       count(*) filter (where p.invoiced_on is null) as unmatched,
					       coalesce(sum(p.amount) filter (where p.invoiced_on is null), 0) as unmatched_amount,
					       count(*) filter (where p.paid_on is null and p.invoiced_on is not null) as unpaid,
					       coalesce(sum(p.amount) filter (where p.paid_on is null and p.invoiced_on is not null), 0)
					           as unpaid_amount,
					       count(*) filter (where p.paid_on is null and p.due_on < :today) as overdue,
					       coalesce(sum(p.amount) filter (where p.paid_on is null and p.due_on < :today), 0) as overdue_amount,
					       min(p.due_on) filter (where p.paid_on is null) as oldest_due,
					       count(*) filter (where p.paid_on is not null) as paid,
					       coalesce(sum(p.amount) filter (where p.paid_on is not null), 0) as paid_amount,
					       count(*) filter (where p.paid_on > p.due_on) as paid_late,
					       round(avg(p.paid_on - p.received_on) filter (where p.paid_on is not null), 1) as average_days
					from ph_payable p join ph_order o on o.id = p.order_id join ph_supplier s on s.code = p.supplier_code
					where """
					+ SCOPE + " group by p.supplier_code order by 6 desc, 11 desc"),
				scope)
			.param("today", today)
			.query(SupplierBalance.class)
			.list();
	}

}
