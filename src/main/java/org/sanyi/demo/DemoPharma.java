package org.sanyi.demo;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.sanyi.demo.internal.DemoRegionGenerator;
import org.sanyi.pharma.PharmaAdmin;
import org.sanyi.pharma.PharmaAdmin.DemandReport;
import org.sanyi.pharma.PharmaAdmin.Kind;
import org.sanyi.pharma.PharmaAdmin.Level;
import org.sanyi.pharma.PharmaAdmin.NewBid;
import org.sanyi.pharma.PharmaAdmin.NewProduct;
import org.sanyi.pharma.PharmaAdmin.NewRound;
import org.sanyi.pharma.PharmaAdmin.PurchaseLine;
import org.sanyi.pharma.PurchaseOrders;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.sanyi.shared.PageQuery;
import org.sanyi.terminology.CatalogueItem;
import org.sanyi.terminology.CatalogueQuery;
import org.sanyi.terminology.ImportRequest;
import org.sanyi.terminology.SystemKind;
import org.sanyi.terminology.Terminology;
import org.sanyi.terminology.TerminologyImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo city's 集采: the national tenth drug batch (six products of the seed catalogue,
 * four winners each, cuts of 55–92 %) and a provincial high-value consumables round
 * (stents, balloons, joints; two winners each), carried out from 1 November 2025 with
 * twelve-month cycles. Every hospital, township and community health centre reports
 * demand from its prior usage (sized by beds, a few below the floor with a reason); the
 * agreed volumes follow; a year of monthly purchases (November 2025 – October 2026) is
 * bought, most institutions on schedule, every fifth behind, with some non-winning
 * originators still bought; the first cycle's 结余留用 is computed by the city bureau's
 * {@code ybj}, approved by {@code ybj_audit} for the drug batch and left pending for the
 * consumables round. The winners beyond the seed's one per product and the non-winning
 * originators are a small catalogue of the city (DRUG-QX / CONS-QX). The second cycle's
 * first weeks go through 阳光采购 orders settled by the fund ({@link DemoPurchaseOrders}).
 */
@Component
@Order(330)
class DemoPharma implements DemoStep {

	private static final Logger log = LoggerFactory.getLogger(DemoPharma.class);

	static final LocalDate START = LocalDate.of(2025, 11, 1);

	/** Seed drug, price cut of its round, minimum units a bed uses a year. */
	private record DrugPick(String name, String cut, int perBed) {
	}

	private static final List<DrugPick> DRUGS = List.of(new DrugPick("苯磺酸氨氯地平片", "0.92", 160),
			new DrugPick("阿托伐他汀钙片", "0.85", 120), new DrugPick("硫酸氢氯吡格雷片", "0.78", 70),
			new DrugPick("盐酸二甲双胍片", "0.55", 180), new DrugPick("瑞舒伐他汀钙片", "0.83", 60),
			new DrugPick("奥美拉唑肠溶胶囊", "0.60", 90));

	private static final List<DrugPick> CONSUMABLES = List.of(new DrugPick("冠状动脉药物洗脱支架系统", "0.93", 1),
			new DrugPick("PTCA球囊扩张导管", "0.70", 1), new DrugPick("人工髋关节假体（全髋）", "0.82", 1));

	private static final String[] MAKERS = { "青溪制药有限公司", "闽西药业股份有限公司", "溪源生物制药有限公司" };

	private final PharmaAdmin pharma;

	private final Registry registry;

	private final Terminology terminology;

	private final TerminologyImport terminologyImport;

	private final DemoProperties properties;

	private final PurchaseOrders purchaseOrders;

	DemoPharma(PharmaAdmin pharma, Registry registry, Terminology terminology, TerminologyImport terminologyImport,
			DemoProperties properties, PurchaseOrders purchaseOrders) {
		this.purchaseOrders = purchaseOrders;
		this.pharma = pharma;
		this.registry = registry;
		this.terminology = terminology;
		this.terminologyImport = terminologyImport;
		this.properties = properties;
	}

	@Override
	public String name() {
		return "volume-based procurement";
	}

	@Override
	public boolean run() {
		if (pharma.hasRounds()) {
			return false;
		}
		List<Institution> buyers = registry.institutionsUnderRegion(DemoRegionGenerator.CITY_CODE)
			.stream()
			.filter(i -> i.kind() != Institution.Kind.VILLAGE_CLINIC && i.kind() != Institution.Kind.PHARMACY)
			.toList();
		List<CatalogueItem> drugs = seed(SystemKind.DRUG, DRUGS);
		List<CatalogueItem> consumables = seed(SystemKind.CONSUMABLE, CONSUMABLES);
		importCityCatalogue(drugs, consumables);
		SplittableRandom random = new SplittableRandom(properties.seed() ^ 0x5A11L);
		DemoPurchaseOrders ordering = new DemoPurchaseOrders(purchaseOrders);
		List<String> enterprises = new ArrayList<>(List.of(MAKERS));
		drugs.forEach(i -> enterprises.add(i.manufacturer()));
		consumables.forEach(i -> enterprises.add(i.manufacturer()));
		ordering.register(enterprises);
		long national = round(
				new NewRound("GJ-10-359900", "第十批国家组织药品集中采购（青溪市执行）", Level.NATIONAL, Kind.DRUG, "第十批",
						DemoRegionGenerator.CITY_CODE, START, 12, new BigDecimal("0.80"), new BigDecimal("0.60"),
						new BigDecimal("0.80"), new BigDecimal("0.10"), new BigDecimal("0.70"), new BigDecimal("0.50")),
				drugs, DRUGS, 3, buyers, false, random, ordering);
		long provincial = round(
				new NewRound("FJ-HC-2025-359900", "福建省高值医用耗材集中带量采购（青溪市执行）", Level.PROVINCIAL, Kind.CONSUMABLE,
						"闽耗材2025-1", DemoRegionGenerator.CITY_CODE, START, 12, new BigDecimal("0.80"),
						new BigDecimal("0.70"), new BigDecimal("0.80"), new BigDecimal("0.10"), new BigDecimal("0.65"),
						new BigDecimal("0.50")),
				consumables, CONSUMABLES, 1, buyers.stream().filter(i -> i.beds() >= 200).toList(), true, random,
				ordering);
		ordering.pay();
		long approved = pharma.proposeRetention(national, 1, "ybj");
		pharma.approveRetention(approved, "ybj_audit", "完成约定采购量的医疗机构按50%留用");
		pharma.proposeRetention(provincial, 1, "ybj");
		log.info("Demo procurement: 2 rounds, {} buying institutions, a year of purchases, 结余留用 of cycle 1",
				buyers.size());
		return true;
	}

	/**
	 * Creates a round with its products and bids, the demand of every buyer and a year of
	 * monthly purchases.
	 */
	private long round(NewRound r, List<CatalogueItem> seedItems, List<DrugPick> picks, int extraWinners,
			List<Institution> buyers, boolean consumable, SplittableRandom random, DemoPurchaseOrders ordering) {
		long roundId = pharma.createRound(r, "ybj");
		List<Product> products = new ArrayList<>();
		for (int p = 0; p < seedItems.size(); p++) {
			CatalogueItem item = seedItems.get(p);
			BigDecimal winning = unitPrice(item);
			BigDecimal pre = winning.divide(BigDecimal.ONE.subtract(new BigDecimal(picks.get(p).cut())), 4,
					RoundingMode.HALF_UP);
			String originator = cityCode(item, 9);
			String generic = item.profile().genericName() == null ? item.name() : item.profile().genericName();
			long productId = pharma.addProduct(roundId,
					new NewProduct(generic, item.dosageForm() == null ? item.category() : item.dosageForm(),
							item.specification() == null ? "—" : item.specification(),
							item.profile().minimumUnit() == null ? item.unit() : item.profile().minimumUnit(), pre,
							List.of(originator)));
			List<String> winners = new ArrayList<>(List.of(item.code()));
			List<String> makers = new ArrayList<>(List.of(item.manufacturer()));
			List<BigDecimal> prices = new ArrayList<>(List.of(winning));
			pharma.addBid(new NewBid(productId, item.manufacturer(), item.code(), winning, false, null, "青溪市"), "ybj");
			for (int w = 1; w <= extraWinners; w++) {
				BigDecimal price = winning.multiply(new BigDecimal("1.0" + w))
					.setScale(4, RoundingMode.HALF_UP)
					.min(pre);
				pharma.addBid(new NewBid(productId, MAKERS[w - 1], cityCode(item, w), price, false, null, "青溪市"),
						"ybj");
				winners.add(cityCode(item, w));
				makers.add(MAKERS[w - 1]);
				prices.add(price);
			}
			products.add(new Product(productId, winners, makers, prices, originator, pre, picks.get(p).perBed()));
		}
		List<DemandReport> demand = new ArrayList<>();
		List<double[]> pace = new ArrayList<>();
		for (int b = 0; b < buyers.size(); b++) {
			Institution buyer = buyers.get(b);
			int size = Math.max(buyer.beds(), 20);
			// every fifth institution buys slowly and keeps more of the originators
			double speed = b % 5 == 3 ? 0.62 + random.nextDouble() * 0.2 : 0.96 + random.nextDouble() * 0.16;
			double originators = b % 5 == 3 ? 0.25 + random.nextDouble() * 0.15 : 0.03 + random.nextDouble() * 0.09;
			pace.add(new double[] { speed, originators });
			for (Product p : products) {
				long prior = Math.max(consumable ? 2 : 200,
						Math.round(size * p.perBed() * (consumable ? 0.15 : 1.0) * (0.8 + random.nextDouble() * 0.4)));
				boolean low = b % 17 == 5;
				long reported = Math.round(prior * (low ? 0.7 : 0.82 + random.nextDouble() * 0.2));
				demand.add(new DemandReport(p.id(), buyer.code(), prior, reported, low ? "科室调整，该品种用量下降" : null));
			}
		}
		pharma.reportDemand(roundId, demand, "ybb");
		double ratio = (extraWinners + 1 <= 3 ? r.fewWinnersRatio() : r.agreedRatio()).doubleValue();
		buy(roundId, buyers, products, demand, pace, ratio, random);
		List<List<DemoPurchaseOrders.Orderable>> needs = new ArrayList<>();
		int d = 0;
		for (int b = 0; b < buyers.size(); b++) {
			List<DemoPurchaseOrders.Orderable> own = new ArrayList<>();
			for (Product p : products) {
				long monthly = Math.round(demand.get(d++).reported() * ratio / 12 * pace.get(b)[0]);
				own.add(new DemoPurchaseOrders.Orderable(p.winners(), p.makers(), monthly));
			}
			needs.add(own);
		}
		ordering.run(roundId, !consumable, buyers, needs, random);
		return roundId;
	}

	/**
	 * Twelve months of purchases: each month's share of the agreed volume at the
	 * institution's pace.
	 */
	private void buy(long roundId, List<Institution> buyers, List<Product> products, List<DemandReport> demand,
			List<double[]> pace, double ratio, SplittableRandom random) {
		for (int m = 0; m < 12; m++) {
			LocalDate month = START.plusMonths(m);
			List<PurchaseLine> lines = new ArrayList<>();
			int d = 0;
			for (int b = 0; b < buyers.size(); b++) {
				for (Product p : products) {
					DemandReport report = demand.get(d++);
					double agreed = report.reported() * ratio;
					long winning = Math.round(agreed / 12 * pace.get(b)[0] * (0.85 + random.nextDouble() * 0.3));
					long other = Math.round(winning * pace.get(b)[1] / (1 - pace.get(b)[1]));
					LocalDate day = month.plusDays(random.nextInt(month.lengthOfMonth()));
					int winner = (b + m) % p.winners().size();
					String code = p.winners().get(winner);
					BigDecimal price = p.prices().get(winner);
					if (winning > 0) {
						lines.add(new PurchaseLine(buyers.get(b).code(), code, day, winning, price));
					}
					if (other > 0) {
						lines.add(new PurchaseLine(buyers.get(b).code(), p.originator(), day, other, p.pre()));
					}
				}
			}
			pharma.importPurchases(roundId, lines);
		}
	}

	private record Product(long id, List<String> winners, List<String> makers, List<BigDecimal> prices,
			String originator, BigDecimal pre, int perBed) {
	}

	private List<CatalogueItem> seed(SystemKind kind, List<DrugPick> picks) {
		List<CatalogueItem> items = new ArrayList<>();
		for (DrugPick pick : picks) {
			terminology.searchCatalogue(new CatalogueQuery(kind, null, pick.name(), START), PageQuery.of(1, 5))
				.rows()
				.stream()
				.filter(i -> i.name().equals(pick.name()))
				.findFirst()
				.ifPresentOrElse(items::add, () -> {
					throw new IllegalStateException("seed catalogue lacks " + pick.name());
				});
		}
		return items;
	}

	/**
	 * The price of one minimum unit: the catalogue price over the units in a pack, four
	 * decimals.
	 */
	private static BigDecimal unitPrice(CatalogueItem item) {
		return item.price().divide(BigDecimal.valueOf(item.profile().unitFactor()), 4, RoundingMode.HALF_UP);
	}

	/**
	 * A code of the city catalogue for another maker's product of the same generic: the
	 * seed code's tail changed.
	 */
	private static String cityCode(CatalogueItem item, int maker) {
		String code = item.code();
		return code.substring(0, code.length() - 5) + "9" + maker + code.substring(code.length() - 3);
	}

	/**
	 * The other makers' products of the picked generics (three more winners and a
	 * non-winning originator each).
	 */
	private void importCityCatalogue(List<CatalogueItem> drugs, List<CatalogueItem> consumables) {
		importCatalogue("DRUG-QX", "青溪市药品挂网补充目录", SystemKind.DRUG, drugs, 3);
		importCatalogue("CONS-QX", "青溪市医用耗材挂网补充目录", SystemKind.CONSUMABLE, consumables, 1);
	}

	private void importCatalogue(String system, String name, SystemKind kind, List<CatalogueItem> items, int winners) {
		StringBuilder csv = new StringBuilder("code,name,category,specification,dosage_form,unit,manufacturer,price,"
				+ "insurance_class,self_pay_ratio,generic_name,minimum_unit,unit_factor,procured\n");
		for (CatalogueItem i : items) {
			for (int w = 1; w <= winners; w++) {
				csv.append(line(i, cityCode(i, w), MAKERS[w - 1], i.price(), true));
			}
			csv.append(line(i, cityCode(i, 9), "溪东原研制药（中国）有限公司",
					i.price().multiply(new BigDecimal("4")).setScale(2, RoundingMode.HALF_UP), false));
		}
		terminologyImport.importFile(
				new ImportRequest(system, "2025", name, kind, LocalDate.of(2025, 1, 1), null,
						system.toLowerCase(java.util.Locale.ROOT) + ".csv"),
				new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
	}

	private static String line(CatalogueItem i, String code, String maker, BigDecimal price, boolean procured) {
		return String.join(",",
				java.util.stream.Stream
					.of(code, i.name(), i.category() == null ? "" : i.category(),
							i.specification() == null ? "" : i.specification(),
							i.dosageForm() == null ? "" : i.dosageForm(), i.unit() == null ? "" : i.unit(), maker,
							price.toPlainString(), i.insuranceClass().code(), i.selfPayRatio().toPlainString(),
							i.profile().genericName() == null ? i.name() : i.profile().genericName(),
							i.profile().minimumUnit() == null ? "" : i.profile().minimumUnit(),
							String.valueOf(i.profile().unitFactor()), procured ? "Y" : "N")
					.map(f -> '"' + f + '"')
					.toList())
				+ "\n";
	}

}
