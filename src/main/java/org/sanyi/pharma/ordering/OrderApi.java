package org.sanyi.pharma.ordering;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.sanyi.pharma.PharmaErrors;
import org.sanyi.pharma.PurchaseOrders.Lot;
import org.sanyi.pharma.PurchaseOrders.NewInvoice;
import org.sanyi.pharma.PurchaseOrders.NewOrder;
import org.sanyi.pharma.engine.Ordering.Late;
import org.sanyi.pharma.engine.Ordering.Status;
import org.sanyi.pharma.ordering.OrderRepository.InvoiceRow;
import org.sanyi.pharma.ordering.OrderRepository.LineRow;
import org.sanyi.pharma.ordering.OrderRepository.LotRow;
import org.sanyi.pharma.ordering.OrderRepository.OrderRow;
import org.sanyi.pharma.ordering.OrderRepository.ShipmentRow;
import org.sanyi.security.CurrentUser;
import org.sanyi.security.CurrentUsers;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PageQuery;
import org.sanyi.shared.PlatformTime;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 阳光采购 for systems: a hospital's HIS or SPD places orders, receives, returns and checks
 * invoices; an enterprise's ERP confirms, ships and invoices, each with its own bearer
 * token and within its own scope, through the same service and checks as the pages. A
 * hospital system sends its own order number ({@code hisOrderNo}) so that a request it
 * repeats after a timeout places nothing twice (PH-0419 names the orders the first
 * placed).
 */
@RestController
@RequestMapping("/api/pharma")
@Tag(name = "pharma: sunshine purchasing",
		description = "Orders of procured products from hospital systems, the enterprise's confirmation, shipment "
				+ "and invoice, the hospital's receipt and invoice check")
class OrderApi {

	private final OrderService service;

	private final OrderRepository orders;

	OrderApi(OrderService service, OrderRepository orders) {
		this.service = service;
		this.orders = orders;
	}

	/** An order as systems read it. */
	record OrderView(long id, String orderNo, String hisOrderNo, long roundId, String institutionCode,
			String supplierCode, String supplierName, Status status, Late late, LocalDate orderedOn,
			LocalDate deliverBy, BigDecimal amount, LocalDate confirmedOn, LocalDate shippedOn, LocalDate receivedOn,
			String note, LocalDate invoicedOn, LocalDate dueOn, LocalDate paidOn) {

		static OrderView of(OrderRow o) {
			return new OrderView(o.id(), o.orderNo(), o.hisOrderNo(), o.roundId(), o.institutionCode(),
					o.supplierCode(), o.supplierName(), o.status(), OrderPages.late(o, PlatformTime.today()),
					o.orderedOn(), o.deliverBy(), o.amount(), o.confirmedOn(), o.shippedOn(), o.receivedOn(), o.note(),
					o.invoicedOn(), o.dueOn(), o.paidOn());
		}

	}

	/** An order with its lines, shipments, shipped batches and invoices. */
	record OrderDetail(OrderView order, List<LineRow> lines, List<ShipmentRow> shipments, List<LotRow> lots,
			List<InvoiceRow> invoices) {
	}

	/** What a placement created: one order per enterprise. */
	record Placed(List<OrderView> orders) {
	}

	/**
	 * A reason for a refusal, a cancellation, a return or an invoice sent back; and for a
	 * receipt or a return, the shipment (may be left out when only one is on its way).
	 */
	record Reason(String reason, Integer shipmentNo) {
	}

	@PostMapping("/orders")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('pharma:order:place')")
	@Operation(summary = "Place an order of a round's winning items",
			description = "One order per winning enterprise at its winning price; quantities in minimum units. "
					+ "hisOrderNo (optional) is placed once: a repeat is refused with PH-0419 naming the orders.")
	Placed place(@RequestBody NewOrder order) {
		CurrentUser user = CurrentUsers.get();
		List<Long> ids = service.place(order, user.scope(), user.username());
		return new Placed(ids.stream().map(id -> OrderView.of(orders.order(id, user.scope()).orElseThrow())).toList());
	}

	@GetMapping("/orders")
	@PreAuthorize("hasAuthority('pharma:order:view')")
	@Operation(summary = "Orders in the caller's scope, newest first",
			description = "filter: open (default), received, closed or all")
	List<OrderView> list(@RequestParam(defaultValue = "open") String filter,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		Set<Status> states = OrderPages.FILTERS.get(filter);
		if (states == null) {
			throw new BusinessException(PharmaErrors.ORDER_FIELD, "filter", filter);
		}
		return orders.orders(CurrentUsers.scope(), states, PageQuery.of(page, size))
			.stream()
			.map(OrderView::of)
			.toList();
	}

	@GetMapping("/orders/{id}")
	@PreAuthorize("hasAuthority('pharma:order:view')")
	@Operation(summary = "An order with its lines, batches, trace codes and invoices")
	OrderDetail get(@PathVariable long id) {
		return detail(id, CurrentUsers.scope());
	}

	private OrderDetail detail(long id, DataScope scope) {
		OrderRow order = orders.order(id, scope)
			.orElseThrow(() -> new BusinessException(PharmaErrors.ORDER_NOT_FOUND, id));
		return new OrderDetail(OrderView.of(order), orders.lines(id), orders.shipments(id), orders.lots(id),
				orders.invoices(id));
	}

	@PostMapping("/orders/{id}/{action:confirm|refuse|cancel|return|receive|close|lapse}")
	@PreAuthorize("hasAnyAuthority('pharma:order:place', 'pharma:order:supply')")
	@Operation(summary = "Move an order",
			description = "confirm and refuse (the enterprise), cancel, return and receive a shipment on its way "
					+ "(shipmentNo; needed when several are on their way), close a partly received order, lapse one "
					+ "of which nothing came by the day needed (the hospital); refuse, cancel, return, close and "
					+ "lapse need a reason")
	OrderDetail act(@PathVariable long id, @PathVariable String action, @RequestBody(required = false) Reason body) {
		CurrentUser user = CurrentUsers.get();
		String reason = body == null ? null : body.reason();
		Integer shipment = body == null ? null : body.shipmentNo();
		switch (action) {
			case "confirm" -> service.confirm(id, null, user.scope(), user.username());
			case "refuse" -> service.refuse(id, reason, null, user.scope(), user.username());
			case "cancel" -> service.cancel(id, reason, null, user.scope(), user.username());
			case "return" -> service.returnDelivery(id, shipment, reason, null, user.scope(), user.username());
			case "close" -> service.closeShort(id, reason, null, user.scope(), user.username());
			case "lapse" -> service.lapse(id, reason, null, user.scope(), user.username());
			default -> service.receive(id, shipment, null, user.scope(), user.username());
		}
		return detail(id, user.scope());
	}

	@PostMapping("/orders/{id}/shipment")
	@PreAuthorize("hasAuthority('pharma:order:supply')")
	@Operation(summary = "Ship all or part of an order",
			description = "Batches per line (lineNo, batchNo, expiryDate, quantity, traceCodes); a line's batches "
					+ "add up to what is shipped of it now, at most what is neither received nor on its way; "
					+ "several shipments may be on their way at once")
	OrderDetail ship(@PathVariable long id, @RequestBody List<Lot> lots) {
		CurrentUser user = CurrentUsers.get();
		service.ship(id, null, lots, user.scope(), user.username());
		return detail(id, user.scope());
	}

	@PostMapping("/orders/{id}/invoices")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('pharma:order:supply')")
	@Operation(summary = "Present an invoice for a shipped or received order",
			description = "invoiceCode (none for a 数电发票), invoiceNo, issuedOn, sellerUscc, buyerName, amount, "
					+ "taxRate, tax, total, shipmentNo (optional: the only shipment on its way, else the last received)")
	OrderDetail invoice(@PathVariable long id, @RequestBody NewInvoice invoice) {
		CurrentUser user = CurrentUsers.get();
		service.submitInvoice(id, invoice, null, user.scope(), user.username());
		return detail(id, user.scope());
	}

	@PostMapping("/invoices/{id}/{action:accept|reject}")
	@PreAuthorize("hasAuthority('pharma:order:place')")
	@Operation(summary = "Check an invoice of a received order (验票)",
			description = "accept, or reject with a reason; the payment term runs once the accepted invoices come "
					+ "to the order amount")
	OrderDetail check(@PathVariable long id, @PathVariable String action, @RequestBody(required = false) Reason body) {
		CurrentUser user = CurrentUsers.get();
		long order = orders.invoice(id)
			.orElseThrow(() -> new BusinessException(PharmaErrors.INVOICE_NOT_FOUND, id))
			.orderId();
		if (action.equals("accept")) {
			service.acceptInvoice(id, null, user.scope(), user.username());
		}
		else {
			service.rejectInvoice(id, body == null ? null : body.reason(), null, user.scope(), user.username());
		}
		return detail(order, user.scope());
	}

}
