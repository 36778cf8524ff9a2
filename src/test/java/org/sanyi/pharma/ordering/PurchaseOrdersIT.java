package org.sanyi.pharma.ordering;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.sanyi.AwaitEvents;
import org.sanyi.IntegrationTest;
import org.sanyi.pharma.PharmaAdmin;
import org.sanyi.pharma.PharmaAdmin.Kind;
import org.sanyi.pharma.PharmaAdmin.Level;
import org.sanyi.pharma.PharmaAdmin.NewBid;
import org.sanyi.pharma.PharmaAdmin.NewProduct;
import org.sanyi.pharma.PharmaAdmin.NewRound;
import org.sanyi.pharma.PharmaErrors;
import org.sanyi.pharma.PurchaseOrders;
import org.sanyi.pharma.PurchaseOrders.Lot;
import org.sanyi.pharma.PurchaseOrders.NewInvoice;
import org.sanyi.pharma.PurchaseOrders.NewOrder;
import org.sanyi.pharma.PurchaseOrders.NewSupplier;
import org.sanyi.pharma.PurchaseOrders.OrderItem;
import org.sanyi.pharma.engine.Ordering;
import org.sanyi.security.DataScope;
import org.sanyi.security.UserAccounts;
import org.sanyi.security.UserAccounts.NewAccount;
import org.sanyi.security.internal.ApiTokens;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 阳光采购 settled by the fund through the module's API on the demo region: an order from
 * placing to the fund's payment, each refusal changing nothing, the payment posted once.
 */
@IntegrationTest
class PurchaseOrdersIT {

	static final String CITY_HOSPITAL = "H35990000001";

	static final DataScope HOSPITAL = DataScope.institution(CITY_HOSPITAL, "359900");

	static final DataScope BUREAU = DataScope.region("359900");

	/** 阿莫西林胶囊 of the seed: not in the demo's rounds. */
	static final String WINNER = "XJ01CAA001A003010100037";

	@Autowired
	PharmaAdmin pharma;

	@Autowired
	PurchaseOrders orders;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrderRepository repository;

	/** A new enterprise with a valid USCC built from a fresh organisation code. */
	private String enterprise(String name) {
		String org8 = String.format("%08d", Math.floorMod(System.nanoTime(), 90_000_000) + 10_000_000);
		String first17 = "91359900" + org8 + Ordering.organisationCheck(org8);
		return orders.registerSupplier(
				new NewSupplier(first17 + Ordering.usccCheck(first17), name, "359900", 30, "王经理", "0598-8230001"),
				"ybj");
	}

	/** A drug round of 2024 with one product at 0.5000 won by {@code name} at 0.1000. */
	private long round(String name) {
		long round = pharma.createRound(
				new NewRound("PO-" + System.nanoTime() % 10_000_000, "测试批次", Level.NATIONAL, Kind.DRUG, "测试", "359900",
						LocalDate.of(2024, 1, 1), 12, new BigDecimal("0.80"), new BigDecimal("0.60"),
						new BigDecimal("0.80"), new BigDecimal("0.10"), new BigDecimal("0.70"), new BigDecimal("0.50")),
				"ybj");
		long product = pharma.addProduct(round,
				new NewProduct("阿莫西林胶囊", "胶囊剂", "0.25g", "粒", new BigDecimal("0.5000"), List.of()));
		pharma.addBid(new NewBid(product, name, WINNER, new BigDecimal("0.1235"), false, null, null), "ybj");
		return round;
	}

	private static void refused(ThrowingCallable call, PharmaErrors error) {
		assertThatThrownBy(call).isInstanceOf(BusinessException.class)
			.satisfies(ex -> assertThat(((BusinessException) ex).error()).isEqualTo(error));
	}

	private String status(long order) {
		return jdbc.sql("select status from ph_order where id = :id").param("id", order).query(String.class).single();
	}

	/** The enterprise's 统一社会信用代码, its invoices' seller. */
	private String uscc(String supplier) {
		return jdbc.sql("select uscc from ph_supplier where code = :c")
			.param("c", supplier)
			.query(String.class)
			.single();
	}

	/** The registered name of the ordering hospital, its invoices' buyer. */
	private String cityHospitalName() {
		return jdbc.sql("select name from reg_institution where code = :c")
			.param("c", CITY_HOSPITAL)
			.query(String.class)
			.single();
	}

	private LocalDate dueOn(long order) {
		return jdbc.sql("select due_on from ph_payable where order_id = :id")
			.param("id", order)
			.query(LocalDate.class)
			.optional()
			.orElse(null);
	}

	private long invoices(long order) {
		return jdbc.sql("select count(*) from ph_invoice where order_id = :id")
			.param("id", order)
			.query(Long.class)
			.single();
	}

	/** A fresh 数电发票 number of the day's year. */
	static String invoiceNo(LocalDate issued) {
		return String.format("%02d352%015d", issued.getYear() % 100,
				Math.floorMod(System.nanoTime(), 1_000_000_000_000_000L));
	}

	private static NewInvoice withParties(NewInvoice i, String seller, String buyer) {
		return new NewInvoice(i.invoiceCode(), i.invoiceNo(), i.issuedOn(), seller, buyer, i.amount(), i.taxRate(),
				i.tax(), i.total());
	}

	private static NewInvoice amounts(NewInvoice i, String amount, String tax, String total) {
		return new NewInvoice(i.invoiceCode(), i.invoiceNo(), i.issuedOn(), i.sellerUscc(), i.buyerName(),
				new BigDecimal(amount), i.taxRate(), new BigDecimal(tax), new BigDecimal(total));
	}

	/**
	 * An order of 3,001 of the winner's product at 0.1235 (370.62), placed by the city
	 * hospital nine days ago and confirmed that day by a new enterprise named after
	 * {@code prefix}; the day must arrive three days later.
	 */
	private Confirmed confirmed(String prefix) {
		String name = prefix + System.nanoTime() % 1_000_000 + "有限公司";
		long round = round(name);
		String supplier = enterprise(name);
		DataScope enterprise = DataScope.institution(supplier, "359900");
		LocalDate day = PlatformTime.today().minusDays(9);
		long id = orders
			.place(new NewOrder(round, CITY_HOSPITAL, day, day.plusDays(3), List.of(new OrderItem(WINNER, 3_001))),
					HOSPITAL, "ybb")
			.getFirst();
		orders.confirm(id, day, enterprise, "qiye");
		return new Confirmed(round, supplier, enterprise, day, id);
	}

	private record Confirmed(long round, String supplier, DataScope enterprise, LocalDate day, long id) {
	}

	private static List<Lot> lot(LocalDate shipped, long quantity, String... codes) {
		return List.of(new Lot(1, "B261101", shipped.plusMonths(20), quantity, List.of(codes)));
	}

	@Test
	void anOrderGoesFromPlacingToTheFundsPaymentOnceAndEachRefusalChangesNothing() {
		String name = "测试制药" + System.nanoTime() % 1_000_000 + "有限公司";
		long round = round(name);
		LocalDate today = PlatformTime.today();
		LocalDate ordered = today.minusDays(5);
		NewOrder order = new NewOrder(round, CITY_HOSPITAL, ordered, ordered.plusDays(3),
				List.of(new OrderItem(WINNER, 3_001)));
		refused(() -> orders.place(order, HOSPITAL, "ybb"), PharmaErrors.SUPPLIER_NOT_REGISTERED);
		String supplier = enterprise(name);
		DataScope enterprise = DataScope.institution(supplier, "359900");
		refused(() -> enterprise(name), PharmaErrors.SUPPLIER_EXISTS);
		refused(() -> orders.registerSupplier(new NewSupplier("91359900534640978G", "别家", "359900", 30, null, null),
				"ybj"), PharmaErrors.USCC_INVALID);
		refused(() -> orders.place(new NewOrder(round, CITY_HOSPITAL, ordered, ordered.plusDays(3),
				List.of(new OrderItem("XJ01DCA001A001010100111", 10))), HOSPITAL, "ybb"),
				PharmaErrors.ORDER_ITEM_NOT_WINNING);
		refused(() -> orders.place(order, DataScope.institution("H35992100001", "359921"), "ybb"),
				PharmaErrors.INSTITUTION_NOT_FOUND);

		long id = orders.place(order, HOSPITAL, "ybb").getFirst();
		// 0.1235 × 3001 = 370.6235 → 370.62
		assertThat(
				jdbc.sql("select amount from ph_order where id = :id").param("id", id).query(BigDecimal.class).single())
			.isEqualByComparingTo("370.62");
		refused(() -> orders.confirm(id, ordered, HOSPITAL, "ybb"), PharmaErrors.ORDER_STATE);
		refused(() -> orders.confirm(id, ordered, DataScope.institution("E35990099999", "359900"), "other"),
				PharmaErrors.ORDER_NOT_FOUND);
		orders.confirm(id, ordered.plusDays(1), enterprise, "qiye");
		refused(() -> orders.confirm(id, ordered.plusDays(1), enterprise, "qiye"), PharmaErrors.ORDER_STATE);

		LocalDate shipped = ordered.plusDays(2);
		refused(() -> orders.ship(id, shipped,
				List.of(new Lot(1, "B1", shipped.plusMonths(5), 3_001, List.of("81000370001000001234"))), enterprise,
				"qiye"), PharmaErrors.EXPIRY_TOO_SOON);
		refused(() -> orders.ship(id, shipped, lot(shipped, 3_002, "81000370001000001234"), enterprise, "qiye"),
				PharmaErrors.LOT_QUANTITY);
		refused(() -> orders.ship(id, shipped, lot(shipped, 3_001), enterprise, "qiye"),
				PharmaErrors.TRACE_CODE_INVALID);
		refused(() -> orders.ship(id, shipped, lot(shipped, 3_001, "8100037000100000123X"), enterprise, "qiye"),
				PharmaErrors.TRACE_CODE_INVALID);
		assertThat(status(id)).isEqualTo("CONFIRMED");
		assertThat(jdbc.sql("select count(*) from ph_trace_code where order_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isZero();
		String code = String.format("%020d", System.nanoTime());
		orders.ship(id, shipped, lot(shipped, 3_001, code), enterprise, "qiye");
		assertThat(status(id)).isEqualTo("SHIPPED");

		// a second order cannot bring the same trace code
		long second = orders.place(order, HOSPITAL, "ybb").getFirst();
		orders.confirm(second, ordered.plusDays(1), enterprise, "qiye");
		refused(() -> orders.ship(second, shipped, lot(shipped, 3_001, code), enterprise, "qiye"),
				PharmaErrors.TRACE_CODE_USED);
		refused(() -> orders.receive(id, null, shipped.plusDays(1), enterprise, "qiye"), PharmaErrors.ORDER_STATE);

		LocalDate received = shipped.plusDays(1);
		orders.receive(id, null, received, HOSPITAL, "ybb");
		assertThat(jdbc.sql("select quantity, amount from ph_purchase where round_id = :r")
			.param("r", round)
			.query((rs, i) -> rs.getLong(1) + "/" + rs.getBigDecimal(2).toPlainString())
			.list()).as("the receipt counts towards completion").containsExactly("3001/370.62");
		assertThat(dueOn(id)).as("no invoice yet: the payment clock has not started").isNull();
		assertThat(orders.payDue(today, supplier, today, BUREAU, "ybj").payables()).isZero();

		// the invoices: 370.62 including 13 % tax, presented as 200.00 and 170.62
		String uscc = uscc(supplier);
		String buyer = cityHospitalName();
		String first = invoiceNo(received);
		// 176.99 × 13 % = 23.0087 → 23.01; 176.99 + 23.01 = 200.00
		NewInvoice part = new NewInvoice(null, first, received, uscc, buyer, new BigDecimal("176.99"),
				new BigDecimal("0.13"), new BigDecimal("23.01"), new BigDecimal("200.00"));
		refused(() -> orders.submitInvoice(id, part, received, HOSPITAL, "ybb"), PharmaErrors.ORDER_STATE);
		refused(() -> orders.submitInvoice(id, withParties(part, "91359900534640977G", buyer), received, enterprise,
				"qiye"), PharmaErrors.INVOICE_PARTY);
		refused(() -> orders.submitInvoice(id, withParties(part, uscc, "青溪市第一人民医院"), received, enterprise, "qiye"),
				PharmaErrors.INVOICE_PARTY);
		refused(() -> orders.submitInvoice(id, amounts(part, "176.99", "23.01", "200.01"), received, enterprise,
				"qiye"), PharmaErrors.INVOICE_AMOUNT);
		refused(() -> orders.submitInvoice(id, amounts(part, "176.95", "23.05", "200.00"), received, enterprise,
				"qiye"), PharmaErrors.INVOICE_AMOUNT);
		// 353.98 + 46.02 = 400.00 is more than the order's 370.62
		refused(() -> orders.submitInvoice(id, amounts(part, "353.98", "46.02", "400.00"), received, enterprise,
				"qiye"), PharmaErrors.INVOICE_AMOUNT);
		refused(() -> orders
			.submitInvoice(id,
					new NewInvoice(null, "25" + first.substring(2), received, uscc, buyer, part.amount(),
							part.taxRate(), part.tax(), part.total()),
					received, enterprise, "qiye"),
				PharmaErrors.INVOICE_FIELD);
		refused(() -> orders.submitInvoice(id, new NewInvoice(null, first, received, uscc, buyer, part.amount(),
				new BigDecimal("0.17"), part.tax(), part.total()), received, enterprise, "qiye"),
				PharmaErrors.INVOICE_FIELD);
		assertThat(invoices(id)).as("each refusal stored nothing").isZero();

		long partId = orders.submitInvoice(id, part, received, enterprise, "qiye");
		refused(() -> orders.submitInvoice(id, part, received, enterprise, "qiye"), PharmaErrors.INVOICE_USED);
		refused(() -> orders.acceptInvoice(partId, received, enterprise, "qiye"), PharmaErrors.INVOICE_STATE);
		assertThat(orders.acceptInvoice(partId, received, HOSPITAL, "ybb")).as("200.00 of 370.62").isFalse();
		refused(() -> orders.acceptInvoice(partId, received, HOSPITAL, "ybb"), PharmaErrors.INVOICE_STATE);
		assertThat(dueOn(id)).isNull();
		// 150.99 × 13 % = 19.6287 → 19.63; 150.99 + 19.63 = 170.62
		NewInvoice rest = new NewInvoice(null, invoiceNo(received), received, uscc, buyer, new BigDecimal("150.99"),
				new BigDecimal("0.13"), new BigDecimal("19.63"), new BigDecimal("170.62"));
		long wrong = orders.submitInvoice(id, rest, received, enterprise, "qiye");
		refused(() -> orders.rejectInvoice(wrong, " ", received, HOSPITAL, "ybb"), PharmaErrors.ORDER_FIELD);
		orders.rejectInvoice(wrong, "备注栏未注明订单号", received, HOSPITAL, "ybb");
		LocalDate checked = received.plusDays(1);
		long reissued = orders.submitInvoice(id, new NewInvoice(null, invoiceNo(checked), checked, uscc, buyer,
				rest.amount(), rest.taxRate(), rest.tax(), rest.total()), checked, enterprise, "qiye");
		assertThat(orders.acceptInvoice(reissued, checked, HOSPITAL, "ybb")).as("200.00 + 170.62 = 370.62").isTrue();
		assertThat(dueOn(id)).as("30 days from the match").isEqualTo(checked.plusDays(30));

		var run = orders.payDue(today, supplier, today, BUREAU, "ybj");
		assertThat(run.payables()).isEqualTo(1);
		assertThat(run.amount()).isEqualByComparingTo("370.62");
		String txn = jdbc.sql("select txn_id from ph_payable where order_id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		assertThat(jdbc
			.sql("select account_kind || ':' || account_key || ':' || amount from ins_ledger_entry "
					+ "where txn_id = :t order by account_kind")
			.param("t", txn)
			.query(String.class)
			.list()).containsExactly("RECEIVABLE:" + CITY_HOSPITAL + ":-370.62", "SUPPLIER:" + supplier + ":370.62");
		// paying again pays nothing
		assertThat(orders.payDue(today, supplier, today, BUREAU, "ybj").payables()).isZero();
		assertThat(jdbc.sql("select count(*) from ins_supplier_payment where supplier_code = :s")
			.param("s", supplier)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc
			.sql("select count(*) from sec_audit_log where resource = 'pharma:order' and target = "
					+ "(select order_no from ph_order where id = :id)")
			.param("id", id)
			.query(Long.class)
			.single()).as("placed, confirmed, shipped, received").isEqualTo(4);
	}

	@Test
	void aReturnedDeliveryShipsAgainWithItsOwnCodesAndARefusalNeedsAReason() {
		String name = "退货测试药业" + System.nanoTime() % 1_000_000;
		long round = round(name);
		String supplier = enterprise(name);
		DataScope enterprise = DataScope.institution(supplier, "359900");
		LocalDate day = PlatformTime.today().minusDays(3);
		NewOrder order = new NewOrder(round, CITY_HOSPITAL, day, null, List.of(new OrderItem(WINNER, 100)));
		long id = orders.place(order, HOSPITAL, "ybb").getFirst();
		refused(() -> orders.refuse(id, " ", day, enterprise, "qiye"), PharmaErrors.ORDER_FIELD);
		orders.confirm(id, day, enterprise, "qiye");
		String code = String.format("%020d", System.nanoTime());
		orders.ship(id, day, lot(day, 100, code), enterprise, "qiye");
		orders.returnDelivery(id, null, "外包装破损", day.plusDays(1), HOSPITAL, "ybb");
		assertThat(status(id)).isEqualTo("RETURNED");
		orders.ship(id, day.plusDays(1), lot(day.plusDays(1), 100, code), enterprise, "qiye");
		assertThat(status(id)).isEqualTo("SHIPPED");
		long other = orders.place(order, HOSPITAL, "ybb").getFirst();
		orders.cancel(other, "重复下单", day, HOSPITAL, "ybb");
		refused(() -> orders.confirm(other, day, enterprise, "qiye"), PharmaErrors.ORDER_STATE);
		assertThat(status(other)).isEqualTo("CANCELLED");
	}

	@Test
	void aShortEnterpriseShipsInPartsEachPaidOnItsOwnAndTheLastPartTakesWhatTheLineLeaves() {
		Confirmed order = confirmed("分批配送药业");
		long round = order.round();
		String supplier = order.supplier();
		DataScope enterprise = order.enterprise();
		LocalDate day = order.day();
		long id = order.id();
		String uscc = uscc(supplier);
		String buyer = cityHospitalName();

		// 1000 of 3001 now: 0.1235 × 1000 = 123.50
		assertThat(orders.ship(id, day, lot(day, 1_000, String.format("%020d", System.nanoTime())), enterprise, "qiye"))
			.isEqualTo(1);
		refused(() -> orders.ship(id, day, lot(day, 2_002, String.format("%020d", System.nanoTime())), enterprise,
				"qiye"), PharmaErrors.LOT_QUANTITY);
		orders.receive(id, null, day.plusDays(1), HOSPITAL, "ybb");
		assertThat(status(id)).isEqualTo("PART_RECEIVED");
		assertThat(orders.shipmentAmount(id, 1, HOSPITAL)).isEqualByComparingTo("123.50");
		refused(() -> orders.ship(id, day.plusDays(2),
				lot(day.plusDays(2), 2_002, String.format("%020d", System.nanoTime())), enterprise, "qiye"),
				PharmaErrors.LOT_QUANTITY);
		// 109.29 × 13 % = 14.2077 → 14.21; 109.29 + 14.21 = 123.50
		long first = orders.submitInvoice(id,
				new NewInvoice(null, invoiceNo(day), day.plusDays(1), uscc, buyer, new BigDecimal("109.29"),
						new BigDecimal("0.13"), new BigDecimal("14.21"), new BigDecimal("123.50")),
				day.plusDays(1), enterprise, "qiye");
		assertThat(orders.acceptInvoice(first, day.plusDays(1), HOSPITAL, "ybb")).isTrue();

		// the second part comes back; its codes and its invoice go with it
		String code = String.format("%020d", System.nanoTime());
		LocalDate second = day.plusDays(3);
		assertThat(orders.ship(id, second, lot(second, 1_500, code), enterprise, "qiye")).isEqualTo(2);
		long withIt = orders.submitInvoice(id,
				new NewInvoice(null, invoiceNo(second), second, uscc, buyer, new BigDecimal("163.94"),
						new BigDecimal("0.13"), new BigDecimal("21.31"), new BigDecimal("185.25")),
				second, enterprise, "qiye");
		orders.returnDelivery(id, null, "外箱受潮", second.plusDays(1), HOSPITAL, "ybb");
		assertThat(status(id)).as("the first part stays received").isEqualTo("PART_RECEIVED");
		assertThat(jdbc.sql("select status || ':' || reason from ph_invoice where id = :i")
			.param("i", withIt)
			.query(String.class)
			.single()).isEqualTo("REJECTED:随货退回：外箱受潮");

		// the rest with the same goods: 370.62 − 123.50 = 247.12
		LocalDate third = second.plusDays(2);
		assertThat(orders.ship(id, third, lot(third, 2_001, code), enterprise, "qiye")).isEqualTo(3);
		orders.receive(id, null, third.plusDays(1), HOSPITAL, "ybb");
		assertThat(status(id)).isEqualTo("RECEIVED");
		assertThat(orders.shipmentAmount(id, 3, HOSPITAL)).isEqualByComparingTo("247.12");
		assertThat(jdbc.sql("select sum(quantity) || '/' || sum(amount) from ph_purchase where round_id = :r")
			.param("r", round)
			.query(String.class)
			.single()).as("what came in, in parts").isEqualTo("3001/370.62");

		LocalDate today = PlatformTime.today();
		var run = orders.payDue(today, supplier, today, BUREAU, "ybj");
		assertThat(run.payables()).as("only the part whose invoice matched").isEqualTo(1);
		assertThat(run.amount()).isEqualByComparingTo("123.50");
		// 218.69 × 13 % = 28.4297 → 28.43; 218.69 + 28.43 = 247.12
		long last = orders.submitInvoice(id,
				new NewInvoice(null, invoiceNo(third), third.plusDays(1), uscc, buyer, new BigDecimal("218.69"),
						new BigDecimal("0.13"), new BigDecimal("28.43"), new BigDecimal("247.12")),
				third.plusDays(1), enterprise, "qiye");
		assertThat(orders.acceptInvoice(last, third.plusDays(1), HOSPITAL, "ybb")).isTrue();
		assertThat(orders.payDue(today, supplier, today, BUREAU, "ybj").amount()).isEqualByComparingTo("247.12");
		assertThat(jdbc.sql("select pay_key from ins_supplier_payment where supplier_code = :s order by 1")
			.param("s", supplier)
			.query(String.class)
			.list()).containsExactly("PH-PAY-" + id, "PH-PAY-" + id + "-3");

		// another order closed short after its first part
		long other = orders
			.place(new NewOrder(round, CITY_HOSPITAL, day, day.plusDays(3), List.of(new OrderItem(WINNER, 500))),
					HOSPITAL, "ybb")
			.getFirst();
		orders.confirm(other, day, enterprise, "qiye");
		orders.ship(other, day, lot(day, 200, String.format("%020d", System.nanoTime())), enterprise, "qiye");
		refused(() -> orders.closeShort(other, "缺货", day.plusDays(1), HOSPITAL, "ybb"), PharmaErrors.ORDER_STATE);
		orders.receive(other, null, day.plusDays(1), HOSPITAL, "ybb");
		refused(() -> orders.closeShort(other, " ", day.plusDays(2), HOSPITAL, "ybb"), PharmaErrors.ORDER_FIELD);
		orders.closeShort(other, "企业缺货，余量不再等待", day.plusDays(2), HOSPITAL, "ybb");
		assertThat(status(other)).isEqualTo("RECEIVED");
		refused(() -> orders.ship(other, day.plusDays(2),
				lot(day.plusDays(2), 300, String.format("%020d", System.nanoTime())), enterprise, "qiye"),
				PharmaErrors.ORDER_STATE);
	}

	@Test
	void severalShipmentsTravelAtOnceEachReceivedOrReturnedByItsNumberAndTheLinesStillAddUp() {
		Confirmed order = confirmed("两仓配送药业");
		long round = order.round();
		String supplier = order.supplier();
		DataScope enterprise = order.enterprise();
		LocalDate day = order.day();
		long id = order.id();

		// 1000 from one warehouse, 1500 from another the next day: 123.50 and 185.25
		assertThat(orders.ship(id, day, lot(day, 1_000, String.format("%020d", System.nanoTime())), enterprise, "qiye"))
			.isEqualTo(1);
		assertThat(orders.ship(id, day.plusDays(1),
				lot(day.plusDays(1), 1_500, String.format("%020d", System.nanoTime())), enterprise, "qiye"))
			.isEqualTo(2);
		refused(() -> orders.ship(id, day.plusDays(1),
				lot(day.plusDays(1), 502, String.format("%020d", System.nanoTime())), enterprise, "qiye"),
				PharmaErrors.LOT_QUANTITY);
		assertThat(status(id)).isEqualTo("SHIPPED");
		assertThat(orders.lines(id, HOSPITAL).getFirst().toShip()).isEqualTo(501);

		// which one came must be said; one not on its way is not received
		refused(() -> orders.receive(id, null, day.plusDays(2), HOSPITAL, "ybb"), PharmaErrors.SHIPMENT_UNNAMED);
		refused(() -> orders.receive(id, 5, day.plusDays(2), HOSPITAL, "ybb"), PharmaErrors.ORDER_FIELD);
		refused(() -> orders.returnDelivery(id, null, "破损", day.plusDays(2), HOSPITAL, "ybb"),
				PharmaErrors.SHIPMENT_UNNAMED);
		orders.receive(id, 2, day.plusDays(2), HOSPITAL, "ybb");
		assertThat(status(id)).as("the first is still on its way").isEqualTo("SHIPPED");
		refused(() -> orders.receive(id, 2, day.plusDays(2), HOSPITAL, "ybb"), PharmaErrors.ORDER_FIELD);
		var line = orders.lines(id, HOSPITAL).getFirst();
		assertThat(line.received()).isEqualTo(1_500);
		assertThat(line.onItsWay()).isEqualTo(1_000);

		// the rest while the first is still on its way: 370.62 − 123.50 − 185.25 = 61.87
		assertThat(orders.ship(id, day.plusDays(2),
				lot(day.plusDays(2), 501, String.format("%020d", System.nanoTime())), enterprise, "qiye"))
			.isEqualTo(3);
		assertThat(orders.shipmentAmount(id, 3, HOSPITAL)).isEqualByComparingTo("61.87");
		assertThat(repository.order(id, HOSPITAL).orElseThrow().shippedOn()).as("the receipt waited for longest")
			.isEqualTo(day);

		// the first goes back, the third comes in: what is left is the first's 1000 again
		orders.returnDelivery(id, 1, "外箱受潮", day.plusDays(3), HOSPITAL, "ybb");
		assertThat(status(id)).isEqualTo("SHIPPED");
		orders.receive(id, null, day.plusDays(3), HOSPITAL, "ybb");
		assertThat(status(id)).isEqualTo("PART_RECEIVED");
		// valued against the shipments that stay: 370.62 − 185.25 − 61.87 = 123.50
		assertThat(orders.ship(id, day.plusDays(4),
				lot(day.plusDays(4), 1_000, String.format("%020d", System.nanoTime())), enterprise, "qiye"))
			.isEqualTo(4);
		assertThat(orders.shipmentAmount(id, 4, HOSPITAL)).isEqualByComparingTo("123.50");
		orders.receive(id, null, day.plusDays(5), HOSPITAL, "ybb");
		assertThat(status(id)).isEqualTo("RECEIVED");
		assertThat(jdbc.sql("select sum(quantity) || '/' || sum(amount) from ph_purchase where round_id = :r")
			.param("r", round)
			.query(String.class)
			.single()).isEqualTo("3001/370.62");
		assertThat(jdbc.sql("""
				select string_agg(detail, ' | ' order by id) from sec_audit_log
				where resource = 'pharma:order' and target = :no and detail like 'RE%'""")
			.param("no", OrderRepository.orderNo(day, id))
			.query(String.class)
			.single()).contains("RECEIVE #2 SHIPPED → SHIPPED", "RETURN #1 SHIPPED → SHIPPED: 外箱受潮",
					"RECEIVE #3 SHIPPED → PART_RECEIVED", "RECEIVE #4 SHIPPED → RECEIVED");

		// the order ended: 370.62 due, all delivered, by the day needed (day + 3) the
		// second
		// and the third: 185.25 + 61.87
		AwaitEvents.monitoring(jdbc);
		assertThat(jdbc.sql("""
				select string_agg(f.element || '=' || f.value::numeric(12, 2) || ' ' || (f.dims ->> 'supplier'), ', '
				                  order by f.element)
				from mon_fact f join mon_fact_report r on r.id = f.report_id where r.report_key = :k""")
			.param("k", "pharma:delivery:" + id)
			.query(String.class)
			.single())
			.isEqualTo("pharma.delivery.delivered=370.62 " + supplier + ", pharma.delivery.due=370.62 " + supplier
					+ ", pharma.delivery.ontime=247.12 " + supplier);
	}

	@Test
	void anOrderOfWhichNothingCameByTheDayNeededIsEndedAsNotDelivered() {
		Confirmed order = confirmed("逾期配送药业");
		long id = order.id();
		LocalDate needed = order.day().plusDays(3);
		refused(() -> orders.lapse(id, "企业未配送", needed, HOSPITAL, "ybb"), PharmaErrors.LAPSE_TOO_EARLY);
		refused(() -> orders.lapse(id, " ", needed.plusDays(1), HOSPITAL, "ybb"), PharmaErrors.ORDER_FIELD);
		refused(() -> orders.lapse(id, "企业未配送", needed.plusDays(1), order.enterprise(), "qiye"),
				PharmaErrors.ORDER_STATE);
		assertThat(status(id)).isEqualTo("CONFIRMED");

		orders.lapse(id, "企业逾期未配送，已改向备选企业采购", needed.plusDays(1), HOSPITAL, "ybb");
		assertThat(status(id)).isEqualTo("LAPSED");
		refused(() -> orders.ship(id, needed.plusDays(1),
				lot(needed.plusDays(1), 3_001, String.format("%020d", System.nanoTime())), order.enterprise(), "qiye"),
				PharmaErrors.ORDER_STATE);
		// due and not delivered
		AwaitEvents.monitoring(jdbc);
		assertThat(jdbc.sql("""
				select string_agg(f.element || '=' || f.value::numeric(12, 2), ', ' order by f.element)
				from mon_fact f join mon_fact_report r on r.id = f.report_id where r.report_key = :k""")
			.param("k", "pharma:delivery:" + id)
			.query(String.class)
			.single()).isEqualTo("pharma.delivery.due=370.62");

		// a shipment on its way is received or returned first
		Confirmed shipped = confirmed("逾期配送药业");
		orders.ship(shipped.id(), shipped.day(), lot(shipped.day(), 3_001, String.format("%020d", System.nanoTime())),
				shipped.enterprise(), "qiye");
		refused(() -> orders.lapse(shipped.id(), "企业未配送", needed.plusDays(1), HOSPITAL, "ybb"),
				PharmaErrors.ORDER_STATE);
	}

	@LocalServerPort
	int port;

	@Autowired
	ApiTokens tokens;

	@Autowired
	UserAccounts accounts;

	final HttpClient http = HttpClient.newHttpClient();

	record Answer(int status, JsonNode body) {
	}

	private Answer call(String token, String method, String path, String body) throws Exception {
		var r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody()
							: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString());
		return new Answer(r.statusCode(), r.body().isBlank() ? JSON.nullNode() : JSON.readTree(r.body()));
	}

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void hospitalAndEnterpriseSystemsRunAnOrderThroughTheApiAndARepeatedOrderPlacesNothing() throws Exception {
		String name = "接口测试医药" + System.nanoTime() % 1_000_000 + "有限公司";
		long round = round(name);
		String supplier = enterprise(name);
		String hospital = tokens.issue(
				jdbc.sql("select id from sec_user where username = 'ybb'").query(Long.class).single(), "order-it", 1);
		String erp = tokens.issue(accounts.ensure(new NewAccount("erp_" + supplier.substring(7), "Sanyi@2026",
				"企业ERP接口", "SUPPLIER", "359900", supplier, null, null)), "order-it", 1);
		String his = "HIS-" + System.nanoTime();
		String order = """
				{"roundId": %d, "institutionCode": "%s", "hisOrderNo": "%s",
				 "items": [{"itemCode": "%s", "quantity": 3001}]}""".formatted(round, CITY_HOSPITAL, his, WINNER);
		Answer placed = call(hospital, "POST", "/api/pharma/orders", order);
		assertThat(placed.status()).isEqualTo(201);
		JsonNode view = placed.body().path("orders").get(0);
		long id = view.path("id").asLong();
		assertThat(view.path("amount").decimalValue()).isEqualByComparingTo("370.62");
		assertThat(view.path("status").asString()).isEqualTo("SUBMITTED");
		assertThat(view.path("hisOrderNo").asString()).isEqualTo(his);

		Answer again = call(hospital, "POST", "/api/pharma/orders", order);
		assertThat(again.status()).as("the HIS sent it again after a timeout").isEqualTo(409);
		assertThat(again.body().path("code").asString()).isEqualTo("PH-0419");
		assertThat(again.body().path("detail").asString()).contains(view.path("orderNo").asString());
		assertThat(jdbc.sql("select count(*) from ph_order where his_order_no = :h")
			.param("h", his)
			.query(Long.class)
			.single()).isEqualTo(1);

		assertThat(call(hospital, "POST", "/api/pharma/orders/" + id + "/confirm", null).body().path("code").asString())
			.isEqualTo("PH-0407");
		assertThat(call(erp, "POST", "/api/pharma/orders/" + id + "/confirm", null).body()
			.path("order")
			.path("status")
			.asString()).isEqualTo("CONFIRMED");
		LocalDate today = PlatformTime.today();
		String code = String.format("%020d", System.nanoTime());
		Answer shipped = call(erp, "POST", "/api/pharma/orders/" + id + "/shipment", """
				[{"lineNo": 1, "batchNo": "B%s", "expiryDate": "%s", "quantity": 3001, "traceCodes": ["%s"]}]"""
			.formatted(today.toString().replace("-", ""), today.plusMonths(20), code));
		assertThat(shipped.status()).isEqualTo(200);
		assertThat(shipped.body().path("lots").get(0).path("traceCodes").get(0).asString()).isEqualTo(code);

		String uscc = uscc(supplier);
		Answer invoiced = call(erp, "POST", "/api/pharma/orders/" + id + "/invoices", """
				{"invoiceNo": "%s", "issuedOn": "%s", "sellerUscc": "%s", "buyerName": "青溪市第一医院",
				 "amount": 327.98, "taxRate": 0.13, "tax": 42.64, "total": 370.62}""".formatted(invoiceNo(today), today,
				uscc));
		assertThat(invoiced.status()).isEqualTo(201);
		long invoice = invoiced.body().path("invoices").get(0).path("id").asLong();
		assertThat(call(hospital, "POST", "/api/pharma/invoices/" + invoice + "/accept", null).body()
			.path("code")
			.asString()).as("the goods are not in yet").isEqualTo("PH-0418");
		assertThat(call(hospital, "POST", "/api/pharma/orders/" + id + "/receive", null).body()
			.path("order")
			.path("status")
			.asString()).isEqualTo("RECEIVED");
		Answer accepted = call(hospital, "POST", "/api/pharma/invoices/" + invoice + "/accept", null);
		assertThat(accepted.body().path("order").path("dueOn").asString()).isEqualTo(today.plusDays(30).toString());
		assertThat(accepted.body().path("invoices").get(0).path("status").asString()).isEqualTo("ACCEPTED");

		Answer listed = call(erp, "GET", "/api/pharma/orders?filter=received", null);
		assertThat(listed.body().get(0).path("orderNo").asString()).isEqualTo(view.path("orderNo").asString());
		assertThat(call(erp, "GET", "/api/pharma/orders?filter=nonsense", null).status()).isEqualTo(400);
	}

}
