package org.sanyi.pharma.ordering;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.sanyi.insurance.SupplierPayments;
import org.sanyi.insurance.SupplierPayments.NewPayment;
import org.sanyi.pharma.PharmaAdmin.PurchaseLine;
import org.sanyi.pharma.PharmaErrors;
import org.sanyi.pharma.PurchaseOrders;
import org.sanyi.pharma.engine.Invoicing;
import org.sanyi.pharma.engine.Ordering;
import org.sanyi.pharma.engine.Ordering.Action;
import org.sanyi.pharma.engine.Ordering.Status;
import org.sanyi.pharma.ordering.OrderRepository.LineRow;
import org.sanyi.pharma.ordering.OrderRepository.OrderRow;
import org.sanyi.pharma.ordering.OrderRepository.Received;
import org.sanyi.pharma.ordering.OrderRepository.ShipmentRow;
import org.sanyi.pharma.ordering.OrderRepository.SupplierRow;
import org.sanyi.pharma.ordering.OrderRepository.Unpaid;
import org.sanyi.pharma.procurement.BidRow;
import org.sanyi.pharma.procurement.Purchases;
import org.sanyi.pharma.procurement.RoundRepository.RoundItem;
import org.sanyi.pharma.procurement.RoundRow;
import org.sanyi.pharma.procurement.Rounds;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.sanyi.security.AuditAction;
import org.sanyi.security.AuditLog;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;
import org.sanyi.shared.RegionCode;
import org.sanyi.shared.facts.Dimensions;
import org.sanyi.shared.facts.Fact;
import org.sanyi.shared.facts.FactsReported;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link PurchaseOrders} over {@code ph_order} and friends. Each action moves the order
 * with a conditional update ({@code where status = from}), so two users acting at once
 * cannot both succeed; the receipt stores the purchase lines through {@link Purchases} in
 * the same transaction, and a payment run posts each payable through insurance's
 * {@link SupplierPayments} under the key {@code PH-PAY-<order id>}, so a run repeated or
 * run twice at once pays nothing twice. Receipts and payments are reported to monitoring
 * as facts.
 */
@Service
class OrderService implements PurchaseOrders {

	static final String RESOURCE = "pharma:order";

	static final String INVOICE_RESOURCE = "pharma:invoice";

	private static final long MAX_QUANTITY = 100_000_000L;

	private final OrderRepository orders;

	private final Rounds rounds;

	private final Purchases purchases;

	private final Registry registry;

	private final SupplierPayments payments;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	OrderService(OrderRepository orders, Rounds rounds, Purchases purchases, Registry registry,
			SupplierPayments payments, AuditLog audit, ApplicationEventPublisher events) {
		this.orders = orders;
		this.rounds = rounds;
		this.purchases = purchases;
		this.registry = registry;
		this.payments = payments;
		this.audit = audit;
		this.events = events;
	}

	@Override
	@Transactional
	public String registerSupplier(NewSupplier s, String by) {
		String uscc = s.uscc() == null ? "" : s.uscc().strip().toUpperCase(Locale.ROOT);
		if (!Ordering.validUscc(uscc)) {
			throw new BusinessException(PharmaErrors.USCC_INVALID, uscc);
		}
		String name = text(s.name(), "name", 200);
		String region = s.regionCode() == null ? "" : s.regionCode().strip();
		if (!RegionCode.isWellFormed(region) || region.length() != 6) {
			throw new BusinessException(PharmaErrors.SUPPLIER_FIELD, "regionCode", region);
		}
		if (s.paymentDays() < 1 || s.paymentDays() > 90) {
			throw new BusinessException(PharmaErrors.SUPPLIER_FIELD, "paymentDays", s.paymentDays());
		}
		String contact = optional(s.contact(), "contact", 100);
		String phone = optional(s.phone(), "phone", 20);
		if (phone != null && !phone.matches("[0-9+\\- ]{5,20}")) {
			throw new BusinessException(PharmaErrors.SUPPLIER_FIELD, "phone", phone);
		}
		String code = "E" + region + String.format("%05d", orders.nextSupplierSeq(region));
		SupplierRow row = new SupplierRow(code, uscc, name, region, s.paymentDays(), contact, phone);
		orders.supplierClash(row).ifPresent(v -> {
			throw new BusinessException(PharmaErrors.SUPPLIER_EXISTS, v);
		});
		orders.insertSupplier(row, by);
		audit.record(AuditAction.CREATE, "pharma:supplier", code, name + " " + uscc);
		return code;
	}

	@Override
	@Transactional
	public List<Long> place(NewOrder o, DataScope scope, String by) {
		RoundRow round = rounds.get(o.roundId(), scope);
		Institution institution = registry.institution(String.valueOf(o.institutionCode()))
			.filter(i -> RegionCode.of(round.regionCode()).contains(i.regionCode()))
			.filter(i -> i.kind() != Institution.Kind.PHARMACY)
			.filter(i -> scope.coversInstitution(i.code(), i.regionCode()))
			.orElseThrow(() -> new BusinessException(PharmaErrors.INSTITUTION_NOT_FOUND, o.institutionCode()));
		LocalDate today = PlatformTime.today();
		LocalDate orderedOn = o.orderedOn() == null ? today : o.orderedOn();
		if (orderedOn.isAfter(today) || orderedOn.isBefore(round.startDate())) {
			throw new BusinessException(PharmaErrors.ORDER_FIELD, "orderedOn", orderedOn);
		}
		LocalDate deliverBy = o.deliverBy() == null ? orderedOn.plusDays(Ordering.DEFAULT_DELIVERY_DAYS)
				: o.deliverBy();
		if (deliverBy.isBefore(orderedOn) || deliverBy.isAfter(orderedOn.plusDays(Ordering.MAX_DELIVERY_DAYS))) {
			throw new BusinessException(PharmaErrors.ORDER_FIELD, "deliverBy", deliverBy);
		}
		String his = o.hisOrderNo() == null || o.hisOrderNo().isBlank() ? null : o.hisOrderNo().strip();
		if (his != null) {
			if (!his.matches("[A-Za-z0-9_./-]{1,40}")) {
				throw new BusinessException(PharmaErrors.ORDER_FIELD, "hisOrderNo", his);
			}
			List<String> placed = orders.placedAs(institution.code(), his);
			if (!placed.isEmpty()) {
				throw new BusinessException(PharmaErrors.ORDER_REPLAYED, his, String.join(", ", placed));
			}
		}
		if (o.items() == null || o.items().isEmpty() || o.items().size() > 200) {
			throw new BusinessException(PharmaErrors.ORDER_FIELD, "items", o.items() == null ? 0 : o.items().size());
		}
		Map<String, RoundItem> items = new HashMap<>();
		rounds.items(round.id()).forEach(i -> items.put(i.itemCode(), i));
		Map<String, BidRow> bids = new HashMap<>();
		rounds.bids(round.id()).forEach(b -> bids.put(b.itemCode(), b));
		Map<String, SupplierRow> suppliers = new HashMap<>();
		Map<String, List<Priced>> bySupplier = new LinkedHashMap<>();
		Set<String> seen = new HashSet<>();
		for (OrderItem item : o.items()) {
			String code = item.itemCode() == null ? "" : item.itemCode().strip();
			RoundItem roundItem = items.get(code);
			BidRow bid = bids.get(code);
			if (roundItem == null || !roundItem.winning() || bid == null) {
				throw new BusinessException(PharmaErrors.ORDER_ITEM_NOT_WINNING, code);
			}
			if (!seen.add(code)) {
				throw new BusinessException(PharmaErrors.ORDER_FIELD, "itemCode", code);
			}
			if (item.quantity() <= 0 || item.quantity() > MAX_QUANTITY) {
				throw new BusinessException(PharmaErrors.ORDER_FIELD, "quantity", item.quantity());
			}
			SupplierRow supplier = suppliers.computeIfAbsent(bid.enterprise(), name -> orders.supplierNamed(name)
				.orElseThrow(() -> new BusinessException(PharmaErrors.SUPPLIER_NOT_REGISTERED, code, name)));
			BigDecimal amount = bid.winningPrice()
				.multiply(BigDecimal.valueOf(item.quantity()))
				.setScale(2, RoundingMode.HALF_UP);
			if (amount.signum() <= 0) {
				throw new BusinessException(PharmaErrors.ORDER_FIELD, "quantity", item.quantity());
			}
			bySupplier.computeIfAbsent(supplier.code(), k -> new ArrayList<>())
				.add(new Priced(code, roundItem.productId(), item.quantity(), bid.winningPrice(), amount));
		}
		List<Long> ids = new ArrayList<>();
		bySupplier.forEach((supplier, lines) -> {
			BigDecimal total = lines.stream().map(Priced::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
			long id;
			try {
				id = orders.insertOrder(round.id(), institution.code(), institution.regionCode(), supplier, orderedOn,
						deliverBy, total, his, by);
			}
			catch (DuplicateKeyException ex) {
				// the same number sent twice at once: the other request placed it
				throw new BusinessException(PharmaErrors.ORDER_REPLAYED, his, "…");
			}
			for (int n = 0; n < lines.size(); n++) {
				Priced l = lines.get(n);
				orders.insertLine(id, n + 1, l.itemCode(), l.productId(), l.quantity(), l.unitPrice(), l.amount());
			}
			audit.record(AuditAction.CREATE, RESOURCE, OrderRepository.orderNo(orderedOn, id),
					institution.code() + " → " + supplier + " " + lines.size() + " lines " + total.toPlainString());
			ids.add(id);
		});
		return ids;
	}

	private record Priced(String itemCode, long productId, long quantity, BigDecimal unitPrice, BigDecimal amount) {
	}

	@Override
	public List<OrderLine> lines(long orderId, DataScope scope) {
		orders.order(orderId, scope).orElseThrow(() -> new BusinessException(PharmaErrors.ORDER_NOT_FOUND, orderId));
		Map<Integer, Received> received = orders.received(orderId);
		Map<Integer, Received> committed = orders.committed(orderId);
		return orders.lines(orderId).stream().map(l -> {
			long in = received.getOrDefault(l.lineNo(), Received.NONE).quantity();
			long sent = committed.getOrDefault(l.lineNo(), Received.NONE).quantity();
			return new OrderLine(l.lineNo(), l.itemCode(), l.quantity(), l.amount(), in, sent - in);
		}).toList();
	}

	@Override
	public BigDecimal shipmentAmount(long orderId, int shipmentNo, DataScope scope) {
		orders.order(orderId, scope).orElseThrow(() -> new BusinessException(PharmaErrors.ORDER_NOT_FOUND, orderId));
		return orders.shipment(orderId, shipmentNo)
			.map(ShipmentRow::amount)
			.orElseThrow(() -> new BusinessException(PharmaErrors.INVOICE_FIELD, "shipmentNo", shipmentNo));
	}

	@Override
	@Transactional
	public void confirm(long orderId, LocalDate on, DataScope scope, String by) {
		transition(orderId, Action.CONFIRM, null, on, scope, by);
	}

	@Override
	@Transactional
	public void refuse(long orderId, String reason, LocalDate on, DataScope scope, String by) {
		OrderRow order = transition(orderId, Action.REFUSE, reason, on, scope, by);
		reportDelivery(order, day(on));
	}

	@Override
	@Transactional
	public void cancel(long orderId, String reason, LocalDate on, DataScope scope, String by) {
		transition(orderId, Action.CANCEL, reason, on, scope, by);
	}

	@Override
	@Transactional
	public void returnDelivery(long orderId, Integer shipmentNo, String reason, LocalDate on, DataScope scope,
			String by) {
		OrderRow order = lockAndAct(orderId, Action.RETURN, scope);
		LocalDate day = day(on);
		String why = text(reason, "reason", 500);
		ShipmentRow shipment = onItsWay(order, shipmentNo);
		if (day.isBefore(shipment.shippedOn())) {
			throw new BusinessException(PharmaErrors.ORDER_FIELD, "returnedOn", day);
		}
		if (!orders.endShipment(orderId, shipment.shipmentNo(), false, day, by, why)) {
			throw new BusinessException(PharmaErrors.ORDER_STATE, order.orderNo(), order.status(), Action.RETURN);
		}
		orders.forgetTraceCodes(orderId, shipment.shipmentNo());
		orders.rejectWaiting(orderId, shipment.shipmentNo(), day, by, "随货退回：" + why);
		Status to = Action.RETURN.to(!orders.onTheirWay(orderId).isEmpty(), false, !orders.received(orderId).isEmpty());
		move(order, to, Action.RETURN, day, by, why, "#" + shipment.shipmentNo());
	}

	/**
	 * The shipment on its way a receipt or a return is for: the one named, or the only
	 * one when none is named (PH-0412 when the one named is not on its way, PH-0420 when
	 * none is named and several are).
	 */
	private ShipmentRow onItsWay(OrderRow order, Integer shipmentNo) {
		List<ShipmentRow> onTheirWay = orders.onTheirWay(order.id());
		if (shipmentNo != null) {
			return onTheirWay.stream()
				.filter(s -> s.shipmentNo() == shipmentNo)
				.findFirst()
				.orElseThrow(() -> new BusinessException(PharmaErrors.ORDER_FIELD, "shipmentNo", shipmentNo));
		}
		if (onTheirWay.size() != 1) {
			throw new BusinessException(PharmaErrors.SHIPMENT_UNNAMED, order.orderNo(), onTheirWay.size(),
					String.join("、", onTheirWay.stream().map(s -> String.valueOf(s.shipmentNo())).toList()));
		}
		return onTheirWay.getFirst();
	}

	@Override
	@Transactional
	public void closeShort(long orderId, String reason, LocalDate on, DataScope scope, String by) {
		OrderRow order = transition(orderId, Action.CLOSE, reason, on, scope, by);
		reportDelivery(order, day(on));
	}

	@Override
	@Transactional
	public void lapse(long orderId, String reason, LocalDate on, DataScope scope, String by) {
		OrderRow order = lockAndAct(orderId, Action.LAPSE, scope);
		LocalDate day = day(on);
		if (!Ordering.mayLapse(order.deliverBy(), day)) {
			throw new BusinessException(PharmaErrors.LAPSE_TOO_EARLY, order.orderNo(), order.deliverBy());
		}
		move(order, Action.LAPSE.to(), Action.LAPSE, day, by, text(reason, "reason", 500), null);
		reportDelivery(order, day);
	}

	/**
	 * Reports an order that ended, on the day it ended, for 配送率 and 按时到货率: its amount,
	 * what of it was received, and what was received by the day the hospital needed it.
	 */
	private void reportDelivery(OrderRow order, LocalDate day) {
		Map<String, String> supplier = Map.of(Dimensions.SUPPLIER, order.supplierCode());
		List<ShipmentRow> in = orders.shipments(order.id())
			.stream()
			.filter(s -> s.status().equals("RECEIVED"))
			.toList();
		BigDecimal delivered = in.stream().map(ShipmentRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal onTime = in.stream()
			.filter(s -> !s.receivedOn().isAfter(order.deliverBy()))
			.map(ShipmentRow::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		List<Fact> facts = new ArrayList<>();
		facts.add(new Fact(DELIVERY_DUE_FACT, order.institutionCode(), day, supplier, order.amount()));
		if (delivered.signum() > 0) {
			facts.add(new Fact(DELIVERED_FACT, order.institutionCode(), day, supplier, delivered));
		}
		if (onTime.signum() > 0) {
			facts.add(new Fact(DELIVERED_ON_TIME_FACT, order.institutionCode(), day, supplier, onTime));
		}
		events.publishEvent(new FactsReported("pharma:delivery:" + order.id(), "pharma", facts));
	}

	@Override
	@Transactional
	public int ship(long orderId, LocalDate on, List<Lot> lots, DataScope scope, String by) {
		OrderRow order = lockAndAct(orderId, Action.SHIP, scope);
		LocalDate day = day(on);
		if (order.confirmedOn() != null && day.isBefore(order.confirmedOn())) {
			throw new BusinessException(PharmaErrors.ORDER_FIELD, "shippedOn", day);
		}
		boolean drug = rounds.get(order.roundId(), DataScope.all()).kind() == org.sanyi.pharma.PharmaAdmin.Kind.DRUG;
		List<LineRow> lines = orders.lines(orderId);
		Map<Integer, Received> committed = orders.committed(orderId);
		if (lots == null || lots.isEmpty()) {
			throw new BusinessException(PharmaErrors.ORDER_FIELD, "lots", 0);
		}
		Map<Integer, Long> shipped = new HashMap<>();
		Set<String> batches = new HashSet<>();
		Set<String> codes = new HashSet<>();
		LocalDate earliest = Ordering.earliestExpiry(day);
		for (Lot lot : lots) {
			if (lines.stream().noneMatch(l -> l.lineNo() == lot.lineNo())) {
				throw new BusinessException(PharmaErrors.ORDER_FIELD, "lineNo", lot.lineNo());
			}
			String batch = text(lot.batchNo(), "batchNo", 40);
			if (!batches.add(lot.lineNo() + "/" + batch)) {
				throw new BusinessException(PharmaErrors.ORDER_FIELD, "batchNo", batch);
			}
			if (lot.expiryDate() == null || lot.expiryDate().isBefore(earliest)) {
				throw new BusinessException(PharmaErrors.EXPIRY_TOO_SOON, batch, lot.expiryDate(), earliest);
			}
			if (lot.quantity() <= 0) {
				throw new BusinessException(PharmaErrors.ORDER_FIELD, "quantity", lot.quantity());
			}
			List<String> traceCodes = lot.traceCodes() == null ? List.of() : lot.traceCodes();
			if (drug && traceCodes.isEmpty()) {
				throw new BusinessException(PharmaErrors.TRACE_CODE_INVALID, batch, "—");
			}
			for (String code : traceCodes) {
				if (!Ordering.validTraceCode(code)) {
					throw new BusinessException(PharmaErrors.TRACE_CODE_INVALID, batch, code);
				}
				if (!codes.add(code)) {
					throw new BusinessException(PharmaErrors.TRACE_CODE_USED, code, order.orderNo());
				}
			}
			shipped.merge(lot.lineNo(), lot.quantity(), Long::sum);
		}
		Map<Integer, BigDecimal> parts = new LinkedHashMap<>();
		for (LineRow line : lines) {
			long sent = shipped.getOrDefault(line.lineNo(), 0L);
			long left = remaining(line, committed);
			if (sent > left) {
				throw new BusinessException(PharmaErrors.LOT_QUANTITY, line.lineNo(), sent, left);
			}
			if (sent > 0) {
				Received before = committed.getOrDefault(line.lineNo(), Received.NONE);
				parts.put(line.lineNo(), Ordering.partAmount(line.unitPrice(), sent, line.quantity(), before.quantity(),
						line.amount(), before.amount()));
			}
		}
		BigDecimal amount = parts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		if (amount.signum() <= 0) {
			throw new BusinessException(PharmaErrors.ORDER_FIELD, "quantity", amount);
		}
		int no = orders.nextShipmentNo(orderId);
		orders.insertShipment(orderId, no, day, by, amount);
		parts.forEach((line, part) -> orders.insertShipmentLine(orderId, no, line, shipped.get(line), part));
		for (Lot lot : lots) {
			String batch = lot.batchNo().strip();
			orders.insertLot(orderId, no, lot.lineNo(), batch, lot.expiryDate(), lot.quantity());
			for (String code : lot.traceCodes() == null ? List.<String>of() : lot.traceCodes()) {
				if (!orders.insertTraceCode(code, orderId, no, lot.lineNo(), batch)) {
					throw new BusinessException(PharmaErrors.TRACE_CODE_USED, code, orders.traceCodeOrder(code));
				}
			}
		}
		move(order, Status.SHIPPED, Action.SHIP, day, by, null, "#" + no + " " + amount.toPlainString());
		return no;
	}

	/**
	 * What of a line is left: ordered less what the shipments counted (received, or
	 * received and on their way) bring.
	 */
	private static long remaining(LineRow line, Map<Integer, Received> shipped) {
		return line.quantity() - shipped.getOrDefault(line.lineNo(), Received.NONE).quantity();
	}

	@Override
	@Transactional
	public void receive(long orderId, Integer shipmentNo, LocalDate on, DataScope scope, String by) {
		OrderRow order = lockAndAct(orderId, Action.RECEIVE, scope);
		LocalDate day = day(on);
		ShipmentRow shipment = onItsWay(order, shipmentNo);
		if (day.isBefore(shipment.shippedOn())) {
			throw new BusinessException(PharmaErrors.ORDER_FIELD, "receivedOn", day);
		}
		if (!orders.endShipment(orderId, shipment.shipmentNo(), true, day, by, null)) {
			throw new BusinessException(PharmaErrors.ORDER_STATE, order.orderNo(), order.status(), Action.RECEIVE);
		}
		Map<Integer, Received> received = orders.received(orderId);
		boolean complete = orders.lines(orderId).stream().allMatch(l -> remaining(l, received) == 0);
		Status to = Action.RECEIVE.to(!orders.onTheirWay(orderId).isEmpty(), complete, true);
		move(order, to, Action.RECEIVE, day, by, null, "#" + shipment.shipmentNo());
		RoundRow round = rounds.get(order.roundId(), DataScope.all());
		List<PurchaseLine> lines = orders.shipmentLines(orderId, shipment.shipmentNo())
			.stream()
			.map(l -> new PurchaseLine(order.institutionCode(), l.itemCode(), day, l.quantity(), l.unitPrice()))
			.toList();
		purchases.store(round, lines, DataScope.all());
		orders.insertPayable(order, shipment.shipmentNo(), shipment.amount(), day);
		events.publishEvent(new FactsReported("pharma:receipt:" + orderId + ":" + shipment.shipmentNo(), "pharma",
				List.of(new Fact(PAYABLE_FACT, order.institutionCode(), day, Map.of(), shipment.amount()))));
		if (to == Status.RECEIVED) {
			reportDelivery(order, day);
		}
	}

	@Override
	@Transactional
	public long submitInvoice(long orderId, NewInvoice invoice, LocalDate on, DataScope scope, String by) {
		OrderRow order = orders.order(orderId, scope)
			.orElseThrow(() -> new BusinessException(PharmaErrors.ORDER_NOT_FOUND, orderId));
		boolean supplierParty = scope.kind() == DataScope.Kind.INSTITUTION
				&& scope.institutionCode().equals(order.supplierCode());
		if (!supplierParty) {
			throw new BusinessException(PharmaErrors.ORDER_STATE, order.orderNo(), order.status(), "INVOICE");
		}
		LocalDate day = day(on);
		if (invoice == null) {
			throw new BusinessException(PharmaErrors.INVOICE_FIELD, "invoice", "—");
		}
		orders.lock(orderId);
		ShipmentRow shipment = invoiceable(order, invoice.shipmentNo());
		String code = invoice.invoiceCode() == null || invoice.invoiceCode().isBlank() ? null
				: invoice.invoiceCode().strip();
		String number = invoice.invoiceNo() == null ? "" : invoice.invoiceNo().strip();
		LocalDate issued = invoice.issuedOn();
		if (issued == null || issued.isAfter(day) || issued.isBefore(order.orderedOn())) {
			throw new BusinessException(PharmaErrors.INVOICE_FIELD, "issuedOn", issued);
		}
		String fault = Invoicing.numberFault(code, number, issued);
		if (fault != null) {
			throw new BusinessException(PharmaErrors.INVOICE_FIELD, fault, fault.equals("invoiceNo") ? number : code);
		}
		orders.invoiceOrderOf(code, number).ifPresent(presented -> {
			throw new BusinessException(PharmaErrors.INVOICE_USED, code == null ? number : code + " " + number,
					presented);
		});
		SupplierRow supplier = orders.supplier(order.supplierCode()).orElseThrow();
		String seller = invoice.sellerUscc() == null ? "" : invoice.sellerUscc().strip().toUpperCase(Locale.ROOT);
		if (!seller.equals(supplier.uscc())) {
			throw new BusinessException(PharmaErrors.INVOICE_PARTY, "sellerUscc", supplier.uscc(), seller);
		}
		String registered = registry.institution(order.institutionCode()).map(Institution::name).orElse("?");
		String buyer = invoice.buyerName() == null ? "" : invoice.buyerName().strip();
		if (!buyer.equals(registered)) {
			throw new BusinessException(PharmaErrors.INVOICE_PARTY, "buyerName", registered, buyer);
		}
		money("amount", invoice.amount(), false);
		money("tax", invoice.tax(), true);
		money("total", invoice.total(), false);
		if (!Invoicing.validRate(invoice.taxRate())) {
			throw new BusinessException(PharmaErrors.INVOICE_FIELD, "taxRate", invoice.taxRate());
		}
		BigDecimal sum = invoice.amount().add(invoice.tax());
		if (sum.compareTo(invoice.total()) != 0) {
			throw new BusinessException(PharmaErrors.INVOICE_AMOUNT, "total", invoice.total().toPlainString(),
					sum.toPlainString());
		}
		int lines = orders.shipmentLines(orderId, shipment.shipmentNo()).size();
		if (!Invoicing.taxAgrees(invoice.amount(), invoice.taxRate(), invoice.tax(), lines)) {
			throw new BusinessException(PharmaErrors.INVOICE_AMOUNT, "tax", invoice.tax().toPlainString(),
					Invoicing.tax(invoice.amount(), invoice.taxRate()).toPlainString());
		}
		BigDecimal open = orders.invoiced(orderId, shipment.shipmentNo(),
				EnumSet.of(Invoicing.Status.SUBMITTED, Invoicing.Status.ACCEPTED));
		if (open.add(invoice.total()).compareTo(shipment.amount()) > 0) {
			throw new BusinessException(PharmaErrors.INVOICE_AMOUNT, "total", open.add(invoice.total()).toPlainString(),
					shipment.amount().toPlainString());
		}
		var row = new OrderRepository.InvoiceRow(0, orderId, shipment.shipmentNo(), code, number, issued, seller, buyer,
				invoice.amount().setScale(2), invoice.taxRate(), invoice.tax().setScale(2), invoice.total().setScale(2),
				Invoicing.Status.SUBMITTED, by, day, null, null, null);
		long id = orders.insertInvoice(orderId, row, by, day);
		if (id < 0) {
			throw new BusinessException(PharmaErrors.INVOICE_USED, row.printed(),
					orders.invoiceOrderOf(code, number).orElse("?"));
		}
		audit.record(AuditAction.CREATE, INVOICE_RESOURCE, row.printed(),
				order.orderNo() + " #" + shipment.shipmentNo() + " " + row.total().toPlainString());
		return id;
	}

	/**
	 * The shipment an invoice is for: the one named, else the one on its way, else the
	 * latest received one; PH-0413 when there is none or it was returned.
	 */
	private ShipmentRow invoiceable(OrderRow order, Integer shipmentNo) {
		ShipmentRow shipment = OrderRepository.invoiceTarget(orders.shipments(order.id()), shipmentNo);
		if (shipment == null || shipment.status().equals("RETURNED")) {
			throw new BusinessException(PharmaErrors.INVOICE_FIELD, "shipmentNo",
					shipmentNo == null ? "—" : shipmentNo);
		}
		return shipment;
	}

	/** PH-0413 unless the value is yuan and fen, positive (or zero where it may be). */
	private static void money(String field, BigDecimal value, boolean zero) {
		if (!Invoicing.money(value) || !zero && value.signum() == 0) {
			throw new BusinessException(PharmaErrors.INVOICE_FIELD, field, value);
		}
	}

	@Override
	@Transactional
	public boolean acceptInvoice(long invoiceId, LocalDate on, DataScope scope, String by) {
		var checked = check(invoiceId, Invoicing.Status.ACCEPTED, null, on, scope, by);
		SupplierRow supplier = orders.supplier(checked.order().supplierCode()).orElseThrow();
		return matchIfInvoiced(checked.order(), checked.shipment(), checked.day(), supplier.paymentDays());
	}

	@Override
	@Transactional
	public void rejectInvoice(long invoiceId, String reason, LocalDate on, DataScope scope, String by) {
		check(invoiceId, Invoicing.Status.REJECTED, text(reason, "reason", 500), on, scope, by);
	}

	private record Checked(OrderRow order, ShipmentRow shipment, LocalDate day) {
	}

	/**
	 * The hospital's check of a submitted invoice of a received shipment in its scope:
	 * PH-0417 when the invoice is not in scope, PH-0418 when it was checked or the caller
	 * is not the hospital or the goods are not received yet.
	 */
	private Checked check(long invoiceId, Invoicing.Status to, String reason, LocalDate on, DataScope scope,
			String by) {
		var invoice = orders.invoice(invoiceId)
			.orElseThrow(() -> new BusinessException(PharmaErrors.INVOICE_NOT_FOUND, invoiceId));
		OrderRow order = orders.order(invoice.orderId(), scope)
			.orElseThrow(() -> new BusinessException(PharmaErrors.INVOICE_NOT_FOUND, invoiceId));
		boolean hospital = scope.kind() != DataScope.Kind.INSTITUTION
				|| scope.institutionCode().equals(order.institutionCode());
		String action = to == Invoicing.Status.ACCEPTED ? "ACCEPT" : "REJECT";
		ShipmentRow shipment = orders.shipment(order.id(), invoice.shipmentNo()).orElseThrow();
		if (!hospital || !shipment.status().equals("RECEIVED") || invoice.status() != Invoicing.Status.SUBMITTED) {
			throw new BusinessException(PharmaErrors.INVOICE_STATE, invoice.printed(), invoice.status(), action);
		}
		LocalDate day = day(on);
		if (day.isBefore(invoice.submittedOn()) || day.isBefore(shipment.receivedOn())) {
			throw new BusinessException(PharmaErrors.INVOICE_FIELD, "on", day);
		}
		orders.lock(order.id());
		if (!orders.checkInvoice(invoiceId, to, day, by, reason)) {
			throw new BusinessException(PharmaErrors.INVOICE_STATE, invoice.printed(), invoice.status(), action);
		}
		audit.record(AuditAction.UPDATE, INVOICE_RESOURCE, invoice.printed(),
				action + " " + order.orderNo() + " #" + shipment.shipmentNo() + (reason == null ? "" : ": " + reason));
		return new Checked(order, shipment, day);
	}

	/**
	 * Starts the payment clock of a received shipment whose accepted invoices come to its
	 * amount; whether they do.
	 */
	private boolean matchIfInvoiced(OrderRow order, ShipmentRow shipment, LocalDate day, int paymentDays) {
		BigDecimal accepted = orders.invoiced(order.id(), shipment.shipmentNo(), EnumSet.of(Invoicing.Status.ACCEPTED));
		if (accepted.compareTo(shipment.amount()) != 0) {
			return false;
		}
		orders.matchPayable(order.id(), shipment.shipmentNo(), day,
				Invoicing.dueOn(shipment.receivedOn(), day, paymentDays));
		return true;
	}

	@Override
	@Transactional
	public PaymentRun payDue(LocalDate through, String supplierCode, LocalDate on, DataScope scope, String by) {
		LocalDate day = day(on);
		LocalDate until = through == null ? day : through;
		if (until.isAfter(day)) {
			throw new BusinessException(PharmaErrors.ORDER_FIELD, "through", until);
		}
		String supplier = supplierCode == null || supplierCode.isBlank() ? null : supplierCode.strip();
		if (supplier != null && orders.supplier(supplier).isEmpty()) {
			throw new BusinessException(PharmaErrors.SUPPLIER_FIELD, "supplierCode", supplier);
		}
		List<Unpaid> due = orders.unpaidForUpdate(scope, until, supplier);
		BigDecimal total = BigDecimal.ZERO;
		Set<String> paidSuppliers = new HashSet<>();
		List<Fact> facts = new ArrayList<>();
		for (Unpaid u : due) {
			String key = "PH-PAY-" + u.orderId() + (u.shipmentNo() == 1 ? "" : "-" + u.shipmentNo());
			var payment = payments.pay(new NewPayment(key, u.institutionCode(), u.supplierCode(), u.supplierName(),
					u.supplierUscc(), u.amount(), day,
					"阳光采购订单 " + u.orderNo() + (u.shipmentNo() == 1 ? "" : " 第" + u.shipmentNo() + "批") + " 货款", by));
			orders.markPaid(u.orderId(), u.shipmentNo(), day, by, payment.txnId());
			total = total.add(u.amount());
			paidSuppliers.add(u.supplierCode());
			facts.add(new Fact(PAID_FACT, u.institutionCode(), day, Map.of(), u.amount()));
			if (!day.isAfter(u.dueOn())) {
				facts.add(new Fact(PAID_ON_TIME_FACT, u.institutionCode(), day, Map.of(), u.amount()));
			}
		}
		if (!facts.isEmpty()) {
			events.publishEvent(new FactsReported("pharma:payment:" + UUID.randomUUID(), "pharma", facts));
			audit.record(AuditAction.CREATE, "pharma:payment", supplier == null ? "*" : supplier,
					due.size() + " payables " + total.toPlainString() + " through " + until);
		}
		return new PaymentRun(due.size(), paidSuppliers.size(), total);
	}

	/**
	 * {@link #act}, the order's row locked first: for the actions that count what its
	 * shipments took (ship, receive, return, lapse), so that two at once, such as two
	 * shipments, cannot both take what is left.
	 */
	private OrderRow lockAndAct(long orderId, Action action, DataScope scope) {
		orders.lock(orderId);
		return act(orderId, action, scope);
	}

	/**
	 * The order if the caller may take the action on it now: PH-0406 when it is not in
	 * scope, PH-0407 when it is in another state or the caller is the wrong party (an
	 * enterprise cannot receive, a hospital cannot confirm).
	 */
	private OrderRow act(long orderId, Action action, DataScope scope) {
		OrderRow order = orders.order(orderId, scope)
			.orElseThrow(() -> new BusinessException(PharmaErrors.ORDER_NOT_FOUND, orderId));
		boolean party = switch (action.party()) {
			case SUPPLIER ->
				scope.kind() == DataScope.Kind.INSTITUTION && scope.institutionCode().equals(order.supplierCode());
			case HOSPITAL ->
				scope.kind() != DataScope.Kind.INSTITUTION || scope.institutionCode().equals(order.institutionCode());
		};
		if (!party || !action.allowedFrom(order.status())) {
			throw new BusinessException(PharmaErrors.ORDER_STATE, order.orderNo(), order.status(), action);
		}
		return order;
	}

	/**
	 * An action that only moves the order: the reason required where the action needs one
	 * ({@link Action#needsReason()}), ignored otherwise.
	 */
	private OrderRow transition(long orderId, Action action, String reason, LocalDate on, DataScope scope, String by) {
		OrderRow order = act(orderId, action, scope);
		LocalDate day = day(on);
		String note = action.needsReason() ? text(reason, "reason", 500) : null;
		move(order, action.to(), action, day, by, note, null);
		return order;
	}

	/**
	 * Moves the order to {@code to} if it is still in the state it was read in; the note
	 * is stored for a refusal, a cancellation, a return or a close, and audited always,
	 * after what the action was about ({@code about}: a shipment, or null).
	 */
	private void move(OrderRow order, Status to, Action action, LocalDate day, String by, String note, String about) {
		if (day.isBefore(order.orderedOn())) {
			throw new BusinessException(PharmaErrors.ORDER_FIELD, "on", day);
		}
		String stored = action.needsReason() ? note : null;
		if (!orders.move(order.id(), order.status(), to, day, by, stored)) {
			throw new BusinessException(PharmaErrors.ORDER_STATE, order.orderNo(), order.status(), action);
		}
		audit.record(AuditAction.UPDATE, RESOURCE, order.orderNo(), action + (about == null ? "" : " " + about) + " "
				+ order.status() + " → " + to + (note == null ? "" : ": " + note));
	}

	private static LocalDate day(LocalDate on) {
		LocalDate today = PlatformTime.today();
		if (on == null) {
			return today;
		}
		if (on.isAfter(today)) {
			throw new BusinessException(PharmaErrors.ORDER_FIELD, "on", on);
		}
		return on;
	}

	private static String text(String value, String field, int max) {
		String s = value == null ? "" : value.strip();
		if (s.isEmpty() || s.length() > max) {
			throw new BusinessException(PharmaErrors.ORDER_FIELD, field,
					s.length() > 20 ? s.substring(0, 20) + "…" : s);
		}
		return s;
	}

	private static String optional(String value, String field, int max) {
		String s = value == null ? "" : value.strip();
		if (s.length() > max) {
			throw new BusinessException(PharmaErrors.SUPPLIER_FIELD, field, s.substring(0, 20) + "…");
		}
		return s.isEmpty() ? null : s;
	}

}
