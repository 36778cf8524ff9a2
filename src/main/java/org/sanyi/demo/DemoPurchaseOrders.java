package org.sanyi.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.sanyi.demo.internal.DemoRegionGenerator;
import org.sanyi.pharma.PurchaseOrders;
import org.sanyi.pharma.PurchaseOrders.Lot;
import org.sanyi.pharma.PurchaseOrders.NewOrder;
import org.sanyi.pharma.PurchaseOrders.NewSupplier;
import org.sanyi.pharma.PurchaseOrders.OrderItem;
import org.sanyi.registry.Institution;
import org.sanyi.security.DataScope;
import org.sanyi.shared.PlatformTime;

/**
 * The second cycle's first five weeks of 阳光采购 in the demo city (2 November – 4 December
 * 2026): every winning enterprise registered for direct settlement with a valid 统一社会信用代码
 * and a 30-day payment term; each buying institution orders its round's products about
 * every two weeks from the month's winner; enterprises confirm the next day and ship
 * within two with batches and trace codes; hospitals receive the day after (a few
 * deliveries returned once for a short-dated batch, one order refused for want of stock,
 * one withdrawn; every seventh buyer's suppliers are short of stock and ship 60 % first
 * and the rest three days later, one of those buyers closing an order short instead).
 * Each enterprise invoices each shipment with the goods (a 数电发票 at 13 %, 票随货走) and the
 * hospital checks the invoice on receipt, except that every eleventh buyer sends one
 * invoice back for a wrong product description (re-issued the next day, accepted the day
 * after) and every seventeenth checks its invoices a week late and has left the last ones
 * unchecked (验票超时). The city bureau's {@code ybj} pays on 20 November everything matched
 * to 15 November and on 1 December everything matched to 25 November, except 闽西药业's, held
 * since November while a trace-code check of its deliveries is open, so its receipts fall
 * overdue from 5 December. The orders of the last days are still waiting at each step.
 */
final class DemoPurchaseOrders {

	static final LocalDate FIRST = LocalDate.of(2026, 11, 2);

	static final LocalDate LAST = LocalDate.of(2026, 12, 4);

	/** The enterprise whose payments the bureau held. */
	static final String HELD = "闽西药业股份有限公司";

	private final PurchaseOrders orders;

	private final Map<String, String> codes = new LinkedHashMap<>();

	private final Map<String, String> usccs = new java.util.HashMap<>();

	private long serial = 100_000;

	private long invoiceSerial = 3_100_000;

	DemoPurchaseOrders(PurchaseOrders orders) {
		this.orders = orders;
	}

	/**
	 * 统一社会信用代码 of the demo enterprises, in the order they are registered: well formed,
	 * the demo city's division, both check characters right (GB 32100, GB 11714).
	 */
	private static final String[] USCC = { "91359900534640977G", "913599003024663327", "913599006299231287",
			"91359900973669464R", "913599001648089463", "91359900197222335A", "91359900819248653D",
			"9135990022633920XF", "91359900590819357Y", "91359900882204821N", "91359900177844831K",
			"9135990078106871XB" };

	/** Registers the enterprises in the order given (the first gets E35990000001). */
	void register(List<String> enterprises) {
		for (String name : enterprises) {
			if (!codes.containsKey(name)) {
				int n = codes.size();
				usccs.put(name, USCC[n % USCC.length]);
				codes.put(name,
						orders.registerSupplier(
								new NewSupplier(USCC[n % USCC.length], name, DemoRegionGenerator.CITY_CODE, 30,
										CONTACTS[n % CONTACTS.length], "0598-" + (8_230_000 + n * 1_117)),
								"ybj"));
			}
		}
	}

	private static final String[] CONTACTS = { "王建华", "陈美玲", "林志强", "黄晓燕", "郑国栋", "李秀芳", "吴海峰" };

	/** One product of a round as it can be ordered. */
	record Orderable(List<String> items, List<String> makers, long monthly) {
	}

	/**
	 * Five weeks of orders of one round for its buyers: {@code monthly[b][p]} is what
	 * buyer b needs of product p a month.
	 */
	void run(long roundId, boolean drug, List<Institution> buyers, List<List<Orderable>> needs,
			SplittableRandom random) {
		LocalDate today = PlatformTime.today();
		Map<String, String> makers = new java.util.HashMap<>();
		needs.getFirst().forEach(o -> {
			for (int i = 0; i < o.items().size(); i++) {
				makers.put(o.items().get(i), o.makers().get(i));
			}
		});
		for (int b = 0; b < buyers.size(); b++) {
			Institution buyer = buyers.get(b);
			DataScope hospital = DataScope.institution(buyer.code(), buyer.regionCode());
			for (LocalDate day = FIRST.plusDays(b % 9); !day.isAfter(LAST); day = day.plusDays(14)) {
				int winner = (b + day.getMonthValue()) % needs.get(b).get(0).items().size();
				List<OrderItem> items = new ArrayList<>();
				for (Orderable o : needs.get(b)) {
					long q = Math.round(o.monthly() / 2.0 * (0.8 + random.nextDouble() * 0.4));
					if (q > 0) {
						items.add(new OrderItem(o.items().get(winner % o.items().size()), q));
					}
				}
				if (items.isEmpty() || day.isAfter(today)) {
					continue;
				}
				for (long id : orders.place(new NewOrder(roundId, buyer.code(), day, day.plusDays(3), items), hospital,
						"ybb")) {
					String maker = makers.get(orders.lines(id, hospital).getFirst().itemCode());
					follow(id, drug, day, codes.get(maker), usccs.get(maker), buyer, b, today, random);
				}
			}
		}
	}

	/** Takes an order as far as its age allows. */
	private void follow(long id, boolean drug, LocalDate ordered, String supplier, String uscc, Institution buyer,
			int b, LocalDate today, SplittableRandom random) {
		DataScope hospital = DataScope.institution(buyer.code(), buyer.regionCode());
		DataScope enterprise = DataScope.institution(supplier, DemoRegionGenerator.CITY_CODE);
		long age = LAST.toEpochDay() - ordered.toEpochDay();
		if (b % 23 == 7 && age > 20) {
			orders.refuse(id, "该规格暂时缺货，已通知医院改订其他中选企业", ordered.plusDays(1), enterprise, DemoAccounts.SUPPLIER);
			return;
		}
		if (b % 29 == 11 && age > 20) {
			orders.cancel(id, "科室用量调整，重新下单", ordered, hospital, "ybb");
			return;
		}
		if (age < 1) {
			return;
		}
		orders.confirm(id, ordered.plusDays(1), enterprise, DemoAccounts.SUPPLIER);
		if (b % 13 == 10 && age > 8 && age < 16) {
			// confirmed and never shipped: two days past the day needed the hospital ends
			// it
			orders.lapse(id, "企业逾期未配送，已改向备选中选企业采购", ordered.plusDays(5), hospital, "ybb");
			return;
		}
		if (age < 3) {
			return;
		}
		LocalDate shipped = ordered.plusDays(1 + random.nextInt(2));
		if (b % 7 == 2 && age > 9) {
			// short of stock: 60 % now, the rest three days later (分批配送)
			orders.ship(id, shipped, lots(id, drug, shipped, 18, 0.6), enterprise, DemoAccounts.SUPPLIER);
			long invoice = orders.submitInvoice(id, invoice(id, 1, shipped, uscc, buyer.name()), shipped, enterprise,
					DemoAccounts.SUPPLIER);
			LocalDate in = shipped.plusDays(1);
			orders.receive(id, null, in, hospital, "ybb");
			orders.acceptInvoice(invoice, in, hospital, "ybb");
			if (orders.lines(id, hospital).stream().allMatch(l -> l.toCome() == 0)) {
				return;
			}
			if (b % 14 == 9) {
				orders.closeShort(id, "企业该规格持续缺货，余量不再等待，已改用库存替代", in.plusDays(2), hospital, "ybb");
				return;
			}
			shipped = shipped.plusDays(3);
			orders.ship(id, shipped, lots(id, drug, shipped, 18, 1), enterprise, DemoAccounts.SUPPLIER);
		}
		else if (b % 10 == 6 && age > 4) {
			// half from the city warehouse, the rest from the provincial one the next
			// day:
			// two shipments on their way at once, received as they come
			LocalDate second = shipped.plusDays(1);
			orders.ship(id, shipped, lots(id, drug, shipped, 18, 0.5), enterprise, DemoAccounts.SUPPLIER);
			orders.ship(id, second, lots(id, drug, second, 20, 1), enterprise, DemoAccounts.SUPPLIER);
			for (int no = 1; no <= 2; no++) {
				LocalDate sent = no == 1 ? shipped : second;
				long invoice = orders.submitInvoice(id, invoice(id, no, sent, uscc, buyer.name()), sent, enterprise,
						DemoAccounts.SUPPLIER);
				LocalDate in = sent.plusDays(2);
				if (!in.isAfter(today) && !in.isAfter(LAST)) {
					orders.receive(id, no, in, hospital, "ybb");
					orders.acceptInvoice(invoice, in, hospital, "ybb");
				}
			}
			return;
		}
		else {
			orders.ship(id, shipped, lots(id, drug, shipped, 18, 1), enterprise, DemoAccounts.SUPPLIER);
		}
		if (age < 4) {
			return;
		}
		int shipment = b % 7 == 2 && age > 9 ? 2 : 1;
		LocalDate received = shipped.plusDays(1);
		if (b % 13 == 4 && age > 8) {
			orders.returnDelivery(id, null, "到货批号近效期，与订单要求不符", received, hospital, "ybb");
			shipped = received.plusDays(1);
			orders.ship(id, shipped, lots(id, drug, shipped, 24, 1), enterprise, DemoAccounts.SUPPLIER);
			shipment++;
			received = shipped.plusDays(1);
		}
		long invoice = orders.submitInvoice(id, invoice(id, shipment, shipped, uscc, buyer.name()), shipped, enterprise,
				DemoAccounts.SUPPLIER);
		if (received.isAfter(today)) {
			return;
		}
		orders.receive(id, null, received, hospital, "ybb");
		if (b % 11 == 3 && age > 10 && received.plusDays(2).isBefore(today)) {
			orders.rejectInvoice(invoice, "发票货物名称及规格与入库药品不一致，请重开", received, hospital, "ybb");
			LocalDate reissued = received.plusDays(1);
			invoice = orders.submitInvoice(id, invoice(id, shipment, reissued, uscc, buyer.name()), reissued,
					enterprise, DemoAccounts.SUPPLIER);
			received = reissued.plusDays(1);
		}
		LocalDate checked = b % 17 == 5 ? received.plusDays(8) : received;
		if (!checked.isAfter(today) && !checked.isAfter(LAST.minusDays(4))) {
			orders.acceptInvoice(invoice, checked, hospital, "ybb");
		}
	}

	/**
	 * A 数电发票 for a whole shipment at 13 %: the winning prices include tax, so the amount
	 * without tax is the total / 1.13 and the tax the rest.
	 */
	private PurchaseOrders.NewInvoice invoice(long id, int shipment, LocalDate issued, String uscc, String buyer) {
		BigDecimal total = orders.shipmentAmount(id, shipment, DataScope.all());
		BigDecimal amount = total.divide(new BigDecimal("1.13"), 2, RoundingMode.HALF_UP);
		String number = String.format("%02d352%015d", issued.getYear() % 100, invoiceSerial++);
		return new PurchaseOrders.NewInvoice(null, number, issued, uscc, buyer, amount, new BigDecimal("0.13"),
				total.subtract(amount), total, shipment);
	}

	/**
	 * One batch a line with one to three case trace codes (drugs), the batch's shelf
	 * life; {@code share} of each line still to come (1: all of it).
	 */
	private List<Lot> lots(long id, boolean drug, LocalDate shipped, int months, double share) {
		List<Lot> lots = new ArrayList<>();
		for (PurchaseOrders.OrderLine line : orders.lines(id, DataScope.all())) {
			long quantity = share >= 1 ? line.toShip() : Math.max(1, Math.round(line.quantity() * share));
			if (quantity <= 0) {
				continue;
			}
			List<String> trace = new ArrayList<>();
			if (drug) {
				for (int i = 0; i < 1 + (int) (line.quantity() % 3); i++) {
					trace.add(String.format("%07d%09d%04d", 8_100_000 + line.lineNo() * 37, serial++, serial % 9973));
				}
			}
			lots.add(new Lot(line.lineNo(),
					"B" + shipped.toString().substring(2).replace("-", "") + String.format("%02d", line.lineNo()),
					shipped.plusMonths(months), quantity, trace));
		}
		return lots;
	}

	/**
	 * The bureau's payment runs, every enterprise but the one held: 20 November, of what
	 * matched to 15 November; 1 December, to 25 November.
	 */
	void pay() {
		DataScope city = DataScope.region(DemoRegionGenerator.CITY_CODE);
		for (var e : codes.entrySet()) {
			if (!e.getKey().equals(HELD)) {
				orders.payDue(LocalDate.of(2026, 11, 15), e.getValue(), LocalDate.of(2026, 11, 20), city, "ybj");
				orders.payDue(LocalDate.of(2026, 11, 25), e.getValue(), LocalDate.of(2026, 12, 1), city, "ybj");
			}
		}
	}

}
