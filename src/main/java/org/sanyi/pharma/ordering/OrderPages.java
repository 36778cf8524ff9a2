package org.sanyi.pharma.ordering;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanyi.pharma.PurchaseOrders.Lot;
import org.sanyi.pharma.PurchaseOrders.NewInvoice;
import org.sanyi.pharma.PurchaseOrders.NewOrder;
import org.sanyi.pharma.PurchaseOrders.NewSupplier;
import org.sanyi.pharma.PurchaseOrders.OrderItem;
import org.sanyi.pharma.PurchaseOrders.PaymentRun;
import org.sanyi.pharma.engine.Invoicing;
import org.sanyi.pharma.engine.Ordering;
import org.sanyi.pharma.engine.Ordering.Late;
import org.sanyi.pharma.engine.Ordering.Status;
import org.sanyi.pharma.ordering.OrderRepository.OrderRow;
import org.sanyi.pharma.procurement.BidRow;
import org.sanyi.pharma.procurement.ProductRow;
import org.sanyi.pharma.procurement.RoundRow;
import org.sanyi.pharma.procurement.Rounds;
import org.sanyi.pharma.web.Forms;
import org.sanyi.pharma.web.PageMessages;
import org.sanyi.pharma.web.PharmaInstitutionNames;
import org.sanyi.security.CurrentUser;
import org.sanyi.security.CurrentUsers;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Page;
import org.sanyi.shared.PageQuery;
import org.sanyi.shared.PlatformTime;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 阳光采购 pages: the orders in the user's scope with what is late, an order with its lines,
 * batches and trace codes and the actions its party may take, the order form of a
 * hospital, and 直接结算: what the fund owes each enterprise, what is overdue, the payment
 * run and the enterprises registered.
 */
@Controller
class OrderPages {

	private final OrderService service;

	private final OrderRepository orders;

	private final Rounds rounds;

	private final PageMessages messages;

	private final PharmaInstitutionNames names;

	OrderPages(OrderService service, OrderRepository orders, Rounds rounds, PageMessages messages,
			PharmaInstitutionNames names) {
		this.service = service;
		this.orders = orders;
		this.rounds = rounds;
		this.messages = messages;
		this.names = names;
	}

	/** A listed order with what is late about it today. */
	record Listed(OrderRow order, Late late) {
	}

	static final Map<String, Set<Status>> FILTERS = new LinkedHashMap<>();

	static {
		FILTERS.put("open",
				EnumSet.of(Status.SUBMITTED, Status.CONFIRMED, Status.SHIPPED, Status.RETURNED, Status.PART_RECEIVED));
		FILTERS.put("received", EnumSet.of(Status.RECEIVED));
		FILTERS.put("closed", EnumSet.of(Status.REFUSED, Status.CANCELLED, Status.LAPSED));
		FILTERS.put("all", EnumSet.noneOf(Status.class));
	}

	@GetMapping("/pharma/orders")
	@PreAuthorize("hasAuthority('pharma:order:view')")
	String list(@RequestParam(defaultValue = "open") String filter, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Model model) {
		DataScope scope = CurrentUsers.scope();
		Set<Status> states = FILTERS.getOrDefault(filter, FILTERS.get("open"));
		PageQuery query = PageQuery.of(page, size);
		LocalDate today = PlatformTime.today();
		List<Listed> rows = orders.orders(scope, states, query)
			.stream()
			.map(o -> new Listed(o, late(o, today)))
			.toList();
		model.addAttribute("filter", FILTERS.containsKey(filter) ? filter : "open");
		model.addAttribute("filters", FILTERS.keySet());
		model.addAttribute("page", new Page<>(rows, orders.count(scope, states), query.page(), query.size()));
		model.addAttribute("states", orders.states(scope));
		model.addAttribute("names", names.of(rows.stream().map(r -> r.order().institutionCode()).toList()));
		model.addAttribute("rounds", rounds.visible(scope));
		model.addAttribute("supplier", isSupplier(scope));
		return "pharma/orders";
	}

	@GetMapping("/pharma/orders/new")
	@PreAuthorize("hasAuthority('pharma:order:place')")
	String form(@RequestParam long round, Model model) {
		DataScope scope = CurrentUsers.scope();
		RoundRow r = rounds.get(round, scope);
		model.addAttribute("round", r);
		Map<Long, ProductRow> products = new LinkedHashMap<>();
		rounds.products(round).forEach(p -> products.put(p.id(), p));
		model.addAttribute("products", products);
		List<BidRow> bids = new ArrayList<>(rounds.bids(round));
		bids.sort((a, b) -> a.productId() == b.productId() ? a.winningPrice().compareTo(b.winningPrice())
				: Long.compare(a.productId(), b.productId()));
		model.addAttribute("bids", bids);
		model.addAttribute("registered", orders.suppliers().stream().map(OrderRepository.SupplierRow::name).toList());
		if (!model.containsAttribute("form")) {
			String own = scope.kind() == DataScope.Kind.INSTITUTION ? scope.institutionCode() : "";
			model.addAttribute("form", Map.of("institutionCode", own, "deliverBy",
					PlatformTime.today().plusDays(Ordering.DEFAULT_DELIVERY_DAYS).toString()));
		}
		return "pharma/order-new";
	}

	@PostMapping("/pharma/orders")
	@PreAuthorize("hasAuthority('pharma:order:place')")
	String place(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		long round = Forms.whole(form, "roundId");
		try {
			List<OrderItem> items = new ArrayList<>();
			for (var e : form.entrySet()) {
				if (e.getKey().startsWith("qty_") && !e.getValue().isBlank()) {
					long q = Forms.whole(form, e.getKey());
					if (q != 0) {
						items.add(new OrderItem(e.getKey().substring(4), q));
					}
				}
			}
			List<Long> ids = service.place(new NewOrder(round, Forms.text(form, "institutionCode"), null,
					Forms.date(form, "deliverBy"), items), user.scope(), user.username());
			redirect.addFlashAttribute("notice", messages.text("pharma.order.placed", ids.size()));
			return ids.size() == 1 ? "redirect:/pharma/orders/" + ids.get(0) : "redirect:/pharma/orders";
		}
		catch (BusinessException ex) {
			model.addAttribute("error", messages.of(ex));
			model.addAttribute("form", form);
			return form(round, model);
		}
	}

	@GetMapping("/pharma/orders/{id}")
	@PreAuthorize("hasAuthority('pharma:order:view')")
	String order(@PathVariable long id, Model model) {
		DataScope scope = CurrentUsers.scope();
		OrderRow order = orders.order(id, scope)
			.orElseThrow(() -> new BusinessException(org.sanyi.pharma.PharmaErrors.ORDER_NOT_FOUND, id));
		model.addAttribute("order", order);
		model.addAttribute("late", late(order, PlatformTime.today()));
		model.addAttribute("lines", orders.lines(id));
		model.addAttribute("lots", orders.lots(id));
		String institutionName = names.of(List.of(order.institutionCode())).get(order.institutionCode());
		model.addAttribute("institutionName", institutionName);
		model.addAttribute("invoices", orders.invoices(id));
		model.addAttribute("checkBy", order.checkBy());
		model.addAttribute("taxRates", Invoicing.TAX_RATES);
		List<OrderRepository.ShipmentRow> shipments = orders.shipments(id);
		model.addAttribute("shipments", shipments);
		model.addAttribute("received", orders.received(id));
		model.addAttribute("committed", orders.committed(id));
		model.addAttribute("onTheirWay", shipments.stream().filter(x -> x.status().equals("SHIPPED")).toList());
		// the first shipment, on its way or received, that its invoices do not cover yet
		OrderRepository.ShipmentRow invoiceFor = null;
		BigDecimal room = BigDecimal.ZERO;
		for (OrderRepository.ShipmentRow x : shipments) {
			if (!x.status().equals("RETURNED")) {
				room = x.amount()
					.subtract(orders.invoiced(id, x.shipmentNo(),
							EnumSet.of(Invoicing.Status.SUBMITTED, Invoicing.Status.ACCEPTED)));
				if (room.signum() > 0) {
					invoiceFor = x;
					break;
				}
			}
		}
		room = invoiceFor == null ? BigDecimal.ZERO : room;
		model.addAttribute("invoiceFor", invoiceFor);
		model.addAttribute("unmatched",
				shipments.stream().anyMatch(x -> x.status().equals("RECEIVED") && x.invoicedOn() == null));
		model.addAttribute("invoiceRoom", room);
		if (!model.containsAttribute("form")) {
			// the rest of the order at 13 %, as most drug invoices are
			BigDecimal rate = Invoicing.TAX_RATES.getFirst();
			BigDecimal amount = room.divide(BigDecimal.ONE.add(rate), 2, java.math.RoundingMode.HALF_UP);
			model.addAttribute("form", Map.of("buyerName", institutionName, "sellerUscc",
					orders.supplier(order.supplierCode()).map(OrderRepository.SupplierRow::uscc).orElse(""), "issuedOn",
					PlatformTime.today().toString(), "taxRate", rate.toPlainString(), "amount", amount.toPlainString(),
					"tax", room.subtract(amount).toPlainString(), "total", room.toPlainString()));
		}
		boolean supplier = isSupplier(scope) && scope.institutionCode().equals(order.supplierCode());
		boolean hospital = !isSupplier(scope) && scope.kind() != DataScope.Kind.REGION;
		model.addAttribute("asSupplier", supplier);
		model.addAttribute("asHospital", hospital);
		model.addAttribute("today", PlatformTime.today());
		model.addAttribute("earliestExpiry", Ordering.earliestExpiry(PlatformTime.today()));
		return "pharma/order";
	}

	@PostMapping("/pharma/orders/{id}/{action}")
	@PreAuthorize("hasAnyAuthority('pharma:order:place', 'pharma:order:supply')")
	String act(@PathVariable long id, @PathVariable String action, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		DataScope scope = user.scope();
		String by = user.username();
		String reason = Forms.text(form, "reason");
		try {
			switch (action) {
				case "confirm" -> service.confirm(id, null, scope, by);
				case "refuse" -> service.refuse(id, reason, null, scope, by);
				case "cancel" -> service.cancel(id, reason, null, scope, by);
				case "return" -> service.returnDelivery(id, shipmentNo(form), reason, null, scope, by);
				case "close" -> service.closeShort(id, reason, null, scope, by);
				case "lapse" -> service.lapse(id, reason, null, scope, by);
				case "receive" -> service.receive(id, shipmentNo(form), null, scope, by);
				case "ship" -> service.ship(id, null, lots(id, form), scope, by);
				case "invoice" -> service.submitInvoice(id, invoice(form), null, scope, by);
				case "invoice-accept" -> {
					if (!service.acceptInvoice(Forms.whole(form, "invoiceId"), null, scope, by)) {
						action = "invoice-accept-partly";
					}
				}
				case "invoice-reject" -> service.rejectInvoice(Forms.whole(form, "invoiceId"), reason, null, scope, by);
				default -> throw new BusinessException(org.sanyi.pharma.PharmaErrors.ORDER_FIELD, "action", action);
			}
			redirect.addFlashAttribute("notice", messages.text("pharma.order.done." + action));
			return "redirect:/pharma/orders/" + id;
		}
		catch (BusinessException ex) {
			model.addAttribute("error", messages.of(ex));
			model.addAttribute("form", form);
			return order(id, model);
		}
	}

	/** The shipment a form is about, or null when it names none. */
	private static Integer shipmentNo(Map<String, String> form) {
		return Forms.text(form, "shipmentNo") == null ? null : (int) Forms.whole(form, "shipmentNo");
	}

	/** An invoice as the enterprise types it from the printed one. */
	private static NewInvoice invoice(Map<String, String> form) {
		return new NewInvoice(Forms.text(form, "invoiceCode"), Forms.text(form, "invoiceNo"),
				Forms.date(form, "issuedOn"), Forms.text(form, "sellerUscc"), Forms.text(form, "buyerName"),
				Forms.decimal(form, "amount"), Forms.decimal(form, "taxRate"), Forms.decimal(form, "tax"),
				Forms.decimal(form, "total"), shipmentNo(form));
	}

	/**
	 * One batch a line from the form: {@code ship_<line>} (what is shipped now; a line
	 * left empty or at 0 is not in this shipment), {@code batch_<line>},
	 * {@code expiry_<line>} and the trace codes in {@code codes_<line>}, separated by
	 * spaces, commas or new lines.
	 */
	private List<Lot> lots(long id, Map<String, String> form) {
		List<Lot> lots = new ArrayList<>();
		for (OrderRepository.LineRow line : orders.lines(id)) {
			String n = String.valueOf(line.lineNo());
			String quantity = Forms.text(form, "ship_" + n);
			long shipped = quantity == null ? 0 : Forms.whole(form, "ship_" + n);
			if (shipped == 0) {
				continue;
			}
			String codes = Forms.text(form, "codes_" + n);
			lots.add(new Lot(line.lineNo(), Forms.text(form, "batch_" + n), Forms.date(form, "expiry_" + n), shipped,
					codes == null ? List.of()
							: Arrays.stream(codes.split("[\\s,，;；]+")).filter(s -> !s.isBlank()).toList()));
		}
		return lots;
	}

	@GetMapping("/pharma/direct-settlement")
	@PreAuthorize("hasAuthority('pharma:payment:view')")
	String settlement(Model model) {
		DataScope scope = CurrentUsers.scope();
		LocalDate today = PlatformTime.today();
		var balances = orders.balances(scope, today);
		model.addAttribute("balances", balances);
		model.addAttribute("unpaid",
				balances.stream().map(b -> b.unpaidAmount()).reduce(BigDecimal.ZERO, BigDecimal::add));
		model.addAttribute("overdue",
				balances.stream().map(b -> b.overdueAmount()).reduce(BigDecimal.ZERO, BigDecimal::add));
		model.addAttribute("paid", balances.stream().map(b -> b.paidAmount()).reduce(BigDecimal.ZERO, BigDecimal::add));
		model.addAttribute("unmatched",
				balances.stream().map(b -> b.unmatchedAmount()).reduce(BigDecimal.ZERO, BigDecimal::add));
		model.addAttribute("deliveryFrom", today.minusDays(DELIVERY_DAYS));
		model.addAttribute("deliveries", orders.deliveries(scope, today.minusDays(DELIVERY_DAYS), today));
		model.addAttribute("suppliers", isSupplier(scope)
				? orders.supplier(scope.institutionCode()).map(List::of).orElse(List.of()) : orders.suppliers());
		model.addAttribute("today", today);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of("through", today.toString(), "paymentDays", "30"));
		}
		return "pharma/direct-settlement";
	}

	@PostMapping("/pharma/direct-settlement/pay")
	@PreAuthorize("hasAuthority('pharma:payment:pay')")
	String pay(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		try {
			PaymentRun run = service.payDue(Forms.date(form, "through"), Forms.text(form, "supplierCode"), null,
					user.scope(), user.username());
			redirect.addFlashAttribute("notice", messages.text("pharma.payment.done", run.payables(), run.suppliers(),
					run.amount().toPlainString()));
			return "redirect:/pharma/direct-settlement";
		}
		catch (BusinessException ex) {
			model.addAttribute("error", messages.of(ex));
			model.addAttribute("form", form);
			return settlement(model);
		}
	}

	@PostMapping("/pharma/suppliers")
	@PreAuthorize("hasAuthority('pharma:supplier:edit')")
	String register(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		try {
			String code = service.registerSupplier(new NewSupplier(Forms.text(form, "uscc"), Forms.text(form, "name"),
					Forms.text(form, "regionCode"), (int) Forms.whole(form, "paymentDays"), Forms.text(form, "contact"),
					Forms.text(form, "phone")), user.username());
			redirect.addFlashAttribute("notice", messages.text("pharma.supplier.registered", code));
			return "redirect:/pharma/direct-settlement#suppliers";
		}
		catch (BusinessException ex) {
			model.addAttribute("error", messages.of(ex));
			model.addAttribute("form", form);
			return settlement(model);
		}
	}

	/** How far back the enterprises' delivery rates look. */
	static final int DELIVERY_DAYS = 90;

	static boolean isSupplier(DataScope scope) {
		return scope.kind() == DataScope.Kind.INSTITUTION && scope.institutionCode() != null
				&& scope.institutionCode().startsWith("E");
	}

	static Late late(OrderRow o, LocalDate today) {
		return Ordering.lateness(o.status(), o.orderedOn(), o.deliverBy(), o.shippedOn(), o.toShip() > 0, o.dueOn(),
				o.checkBy(), today);
	}

}
