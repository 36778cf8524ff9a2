package org.sanyi.pharma.ordering;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
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
import org.sanyi.pharma.PurchaseOrders.NewOrder;
import org.sanyi.pharma.PurchaseOrders.NewSupplier;
import org.sanyi.pharma.PurchaseOrders.OrderItem;
import org.sanyi.pharma.engine.Ordering;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

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
		refused(() -> orders.ship(id, shipped, lot(shipped, 3_000, "81000370001000001234"), enterprise, "qiye"),
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
		refused(() -> orders.receive(id, shipped.plusDays(1), enterprise, "qiye"), PharmaErrors.ORDER_STATE);

		LocalDate received = shipped.plusDays(1);
		orders.receive(id, received, HOSPITAL, "ybb");
		assertThat(jdbc.sql("select quantity, amount from ph_purchase where round_id = :r")
			.param("r", round)
			.query((rs, i) -> rs.getLong(1) + "/" + rs.getBigDecimal(2).toPlainString())
			.list()).as("the receipt counts towards completion").containsExactly("3001/370.62");
		assertThat(jdbc.sql("select due_on from ph_payable where order_id = :id")
			.param("id", id)
			.query(LocalDate.class)
			.single()).isEqualTo(received.plusDays(30));

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
		orders.returnDelivery(id, "外包装破损", day.plusDays(1), HOSPITAL, "ybb");
		assertThat(status(id)).isEqualTo("RETURNED");
		orders.ship(id, day.plusDays(1), lot(day.plusDays(1), 100, code), enterprise, "qiye");
		assertThat(status(id)).isEqualTo("SHIPPED");
		long other = orders.place(order, HOSPITAL, "ybb").getFirst();
		orders.cancel(other, "重复下单", day, HOSPITAL, "ybb");
		refused(() -> orders.confirm(other, day, enterprise, "qiye"), PharmaErrors.ORDER_STATE);
		assertThat(status(other)).isEqualTo("CANCELLED");
	}

}
