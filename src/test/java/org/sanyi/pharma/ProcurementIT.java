package org.sanyi.pharma;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.sanyi.IntegrationTest;
import org.sanyi.pharma.PharmaAdmin.DemandReport;
import org.sanyi.pharma.PharmaAdmin.Kind;
import org.sanyi.pharma.PharmaAdmin.Level;
import org.sanyi.pharma.PharmaAdmin.NewBid;
import org.sanyi.pharma.PharmaAdmin.NewProduct;
import org.sanyi.pharma.PharmaAdmin.NewRound;
import org.sanyi.pharma.PharmaAdmin.PurchaseLine;
import org.sanyi.pharma.procurement.DemandImport;
import org.sanyi.pharma.procurement.RoundRow;
import org.sanyi.pharma.procurement.Rounds;
import org.sanyi.pharma.progress.ProgressRow;
import org.sanyi.pharma.progress.RoundProgress;
import org.sanyi.pharma.progress.RoundProgress.GroupBy;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 集采 through the module's API on the demo region: refusals change nothing, figures are
 * the hand-worked ones.
 */
@IntegrationTest
class ProcurementIT {

	static final AtomicInteger ROUNDS = new AtomicInteger();

	static final String CITY_HOSPITAL = "H35990000001";

	static final String COUNTY_HOSPITAL = "H35992100001";

	/** 阿莫西林胶囊 and 头孢呋辛酯片 of the seed: not in the demo's rounds. */
	static final String WINNER = "XJ01CAA001A003010100037";

	static final String OTHER = "XJ01DCA001A001010100111";

	@Autowired
	PharmaAdmin pharma;

	@Autowired
	Rounds rounds;

	@Autowired
	DemandImport demandImport;

	@Autowired
	RoundProgress progress;

	@Autowired
	org.sanyi.pharma.retention.Retentions retentions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.sanyi.insurance.FundAdjustments adjustments;

	/**
	 * A round of 2024 (its first cycle has ended), one product at 0.5000 with one winner
	 * at 0.1000.
	 */
	private long[] roundWithOneProduct() {
		long round = pharma.createRound(new NewRound("T-" + ROUNDS.incrementAndGet() + "-" + System.nanoTime() % 100000,
				"测试批次", Level.NATIONAL, Kind.DRUG, "测试", "359900", LocalDate.of(2024, 1, 1), 12, new BigDecimal("0.80"),
				new BigDecimal("0.60"), new BigDecimal("0.80"), new BigDecimal("0.10"), new BigDecimal("0.70"),
				new BigDecimal("0.50")), "ybj");
		long product = pharma.addProduct(round,
				new NewProduct("阿莫西林胶囊", "胶囊剂", "0.25g", "粒", new BigDecimal("0.5000"), List.of(OTHER)));
		return new long[] { round, product };
	}

	@Test
	void winningPriceAbovePreRoundPriceWithoutTheFlagIsRefusedAndNothingSaved() {
		long[] rp = roundWithOneProduct();
		assertThatThrownBy(() -> pharma
			.addBid(new NewBid(rp[1], "某药业", WINNER, new BigDecimal("0.5100"), false, null, null), "ybj"))
			.isInstanceOf(BusinessException.class)
			.satisfies(
					ex -> assertThat(((BusinessException) ex).error()).isEqualTo(PharmaErrors.PRICE_RISE_NOT_FLAGGED));
		assertThat(bids(rp[1])).isZero();
		assertThatThrownBy(
				() -> pharma.addBid(new NewBid(rp[1], "某药业", WINNER, new BigDecimal("0.5100"), true, " ", null), "ybj"))
			.satisfies(
					ex -> assertThat(((BusinessException) ex).error()).isEqualTo(PharmaErrors.PRICE_RISE_NOT_FLAGGED));
		pharma.addBid(new NewBid(rp[1], "某药业", WINNER, new BigDecimal("0.5100"), true, "短缺药品，原料涨价", null), "ybj");
		assertThat(bids(rp[1])).isEqualTo(1);
	}

	@Test
	void demandBelowTheFloorNeedsAReasonAndTheAgreedVolumeFollowsTheWinners() {
		long[] rp = roundWithOneProduct();
		pharma.addBid(new NewBid(rp[1], "某药业", WINNER, new BigDecimal("0.1000"), false, null, null), "ybj");
		assertThatThrownBy(() -> pharma.reportDemand(rp[0],
				List.of(new DemandReport(rp[1], CITY_HOSPITAL, 1000, 1000, null),
						new DemandReport(rp[1], COUNTY_HOSPITAL, 1000, 799, null)),
				"ybb"))
			.satisfies(ex -> assertThat(((BusinessException) ex).error()).isEqualTo(PharmaErrors.DEMAND_BELOW_FLOOR));
		assertThat(demands(rp[1])).as("all or nothing").isZero();
		pharma.reportDemand(rp[0], List.of(new DemandReport(rp[1], CITY_HOSPITAL, 1000, 1000, null),
				new DemandReport(rp[1], COUNTY_HOSPITAL, 1000, 799, "病区合并")), "ybb");
		// one winner: the lower ratio 0.60; 0.6 × 799 = 479.4 → 479
		assertThat(jdbc.sql("select agreed_volume from ph_demand where product_id = :p order by institution_code")
			.param("p", rp[1])
			.query(Long.class)
			.list()).containsExactly(600L, 479L);
	}

	@Test
	void purchaseOfAnItemNotInTheRoundIsRefusedAndNothingStored() {
		long[] rp = roundWithOneProduct();
		pharma.addBid(new NewBid(rp[1], "某药业", WINNER, new BigDecimal("0.1000"), false, null, null), "ybj");
		assertThatThrownBy(() -> pharma.importPurchases(rp[0],
				List.of(new PurchaseLine(CITY_HOSPITAL, WINNER, LocalDate.of(2024, 3, 1), 10, new BigDecimal("0.1000")),
						new PurchaseLine(CITY_HOSPITAL, "XC10AAA001A001010100925", LocalDate.of(2024, 3, 1), 10,
								new BigDecimal("0.2000")))))
			.satisfies(ex -> assertThat(((BusinessException) ex).error()).isEqualTo(PharmaErrors.ITEM_NOT_IN_ROUND));
		assertThatThrownBy(() -> pharma.importPurchases(rp[0],
				List.of(new PurchaseLine(CITY_HOSPITAL, WINNER, LocalDate.of(2023, 12, 31), 10, BigDecimal.ONE))))
			.satisfies(
					ex -> assertThat(((BusinessException) ex).error()).isEqualTo(PharmaErrors.PURCHASE_BEFORE_ROUND));
		assertThat(jdbc.sql("select count(*) from ph_purchase where round_id = :r")
			.param("r", rp[0])
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void progressSavingsAndRetentionOfAHandWorkedCycle() {
		long[] rp = roundWithOneProduct();
		pharma.addBid(new NewBid(rp[1], "某药业", WINNER, new BigDecimal("0.1000"), false, null, null), "ybj");
		pharma.reportDemand(rp[0], List.of(new DemandReport(rp[1], CITY_HOSPITAL, 1000, 1000, null)), "ybb");
		// agreed 600; bought 300 winning at 0.1000 (30.00) and 100 of the other product
		// at 0.5000 (50.00) by 30 June
		pharma.importPurchases(rp[0], List.of(
				new PurchaseLine(CITY_HOSPITAL, WINNER, LocalDate.of(2024, 3, 1), 300, new BigDecimal("0.1000")),
				new PurchaseLine(CITY_HOSPITAL, OTHER, LocalDate.of(2024, 4, 1), 100, new BigDecimal("0.5000"))));
		RoundRow round = rounds.get(rp[0], DataScope.all());
		RoundProgress.Report june = progress.report(round, LocalDate.of(2024, 6, 30), GroupBy.INSTITUTION,
				DataScope.all());
		ProgressRow row = june.rows().getFirst();
		assertThat(row.progress().completion()).isEqualByComparingTo("0.5000");
		assertThat(row.progress().nonWinningShare()).isEqualByComparingTo("0.2500");
		// 2024 has 366 days; 30 June is day 182: 0.4973; 0.5 − 0.4973 is not behind
		assertThat(row.progress().timeProgress()).isEqualByComparingTo("0.4973");
		assertThat(row.progress().behind()).isFalse();
		// (0.5000 − 0.1000) × 300 = 120.00
		assertThat(row.savings()).isEqualByComparingTo("120.00");
		assertThat(row.amount()).isEqualByComparingTo("80.00");

		// 结余留用: budget 0.70 × 600 × 0.5 = 210.00, spend 0.70 × 80.00 = 56.00, surplus
		// 154.00, not completed → 0
		long id = pharma.proposeRetention(rp[0], 1, "ybj");
		assertThat(jdbc
			.sql("select budget || '/' || actual_spend || '/' || surplus || '/' || retained from ph_retention "
					+ "where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("210.00/56.00/154.00/0.00");
		assertThatThrownBy(() -> pharma.proposeRetention(rp[0], 1, "ybj")).satisfies(
				ex -> assertThat(((BusinessException) ex).error()).isEqualTo(PharmaErrors.RETENTION_PENDING_EXISTS));
		assertThatThrownBy(() -> pharma.approveRetention(id, "ybj", null)).satisfies(
				ex -> assertThat(((BusinessException) ex).error()).isEqualTo(PharmaErrors.RETENTION_OWN_PROPOSAL));

		// the rest of the agreed volume bought in the autumn: completed, 0.5 × (210.00 −
		// 0.70 × 110.00) = 66.50
		pharma.importPurchases(rp[0], List
			.of(new PurchaseLine(CITY_HOSPITAL, WINNER, LocalDate.of(2024, 10, 1), 300, new BigDecimal("0.1000"))));
		retentions.reject(round, id, "ybj_audit", "采购数据已更正，重新测算");
		long again = pharma.proposeRetention(rp[0], 1, "ybj");
		pharma.approveRetention(again, "ybj_audit", "完成约定量");
		assertThat(jdbc.sql("select retained from ph_retention where id = :id and status = 'APPROVED'")
			.param("id", again)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("66.50");

		// the approved amount is paid to the hospital through insurance's ledger
		var paid = adjustments.find("PH-RET-" + again + "-" + CITY_HOSPITAL).orElseThrow();
		assertThat(paid.kind()).isEqualTo(org.sanyi.insurance.FundAdjustments.Kind.PAYOUT);
		assertThat(paid.amount()).isEqualByComparingTo("66.50");
		assertThat(paid.reversed()).isFalse();
		// an approved recomputation replaces it: the first payout is reversed, the new
		// one
		// paid, so the hospital is owed 66.50 once
		long third = pharma.proposeRetention(rp[0], 1, "ybj");
		pharma.approveRetention(third, "ybj_audit", "复核后重新测算");
		assertThat(adjustments.find("PH-RET-" + again + "-" + CITY_HOSPITAL).orElseThrow().reversed()).isTrue();
		assertThat(adjustments.find("PH-RET-" + third + "-" + CITY_HOSPITAL).orElseThrow().amount())
			.isEqualByComparingTo("66.50");
		assertThat(jdbc.sql("""
				select sum(e.amount) from ins_ledger_entry e join ins_fund_adjustment a
				  on e.txn_id in (a.txn_id, a.reversal_txn_id)
				where a.adj_key in (:a, :b) and e.account_kind = 'RECEIVABLE'""")
			.param("a", "PH-RET-" + again + "-" + CITY_HOSPITAL)
			.param("b", "PH-RET-" + third + "-" + CITY_HOSPITAL)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("66.50");
	}

	@Test
	void demandImportNamesEveryBadLineAndStoresNothing() {
		long[] rp = roundWithOneProduct();
		pharma.addBid(new NewBid(rp[1], "某药业", WINNER, new BigDecimal("0.1000"), false, null, null), "ybj");
		RoundRow round = rounds.get(rp[0], DataScope.all());
		String csv = """
				institution_code,generic_name,specification,prior_usage,reported,reason
				H35990000001,阿莫西林胶囊,0.25g,1000,900,
				H35992100001,阿莫西林胶囊,0.25g,1000,500,
				H35990000001,不存在的药,0.25g,1000,900,
				H35990000001,阿莫西林胶囊,0.25g,一千,900,
				""";
		DemandImport.Result result = demandImport.importCsv(round, csv.getBytes(StandardCharsets.UTF_8),
				DataScope.all(), "ybb");
		assertThat(result.stored()).isZero();
		assertThat(result.problems()).extracting(ImportProblem::line, p -> p.error().error())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, PharmaErrors.DEMAND_BELOW_FLOOR),
					org.assertj.core.groups.Tuple.tuple(4, PharmaErrors.PRODUCT_NOT_FOUND),
					org.assertj.core.groups.Tuple.tuple(5, PharmaErrors.INVALID_FIELD));
		assertThat(demands(rp[1])).isZero();
	}

	@Test
	void theDemoCityHasTwoRoundsWithSomeHospitalsBehindAndAnApprovedRetention() {
		RoundRow national = rounds.visible(DataScope.all())
			.stream()
			.filter(r -> r.code().equals("GJ-10-359900"))
			.findFirst()
			.orElseThrow();
		RoundProgress.Report year = progress.report(national, LocalDate.of(2026, 10, 31), GroupBy.INSTITUTION,
				DataScope.all());
		assertThat(year.total().progress().timeProgress()).isEqualByComparingTo("1");
		assertThat(year.behind()).isNotEmpty().hasSizeLessThan(year.rows().size());
		assertThat(year.total().savings()).isPositive();
		assertThat(jdbc.sql("select count(*) from ph_round").query(Long.class).single()).isGreaterThanOrEqualTo(2);
		assertThat(jdbc.sql("select retained from ph_retention where round_id = :r and status = 'APPROVED'")
			.param("r", national.id())
			.query(BigDecimal.class)
			.single()).isPositive();
		// and its retained amounts were paid out through the insurance ledger
		assertThat(jdbc.sql("""
				select coalesce(sum(a.amount), 0) from ins_fund_adjustment a join ph_retention r
				  on a.adj_key like 'PH-RET-' || r.id || '-%'
				where r.round_id = :r and r.status = 'APPROVED' and a.kind = 'PAYOUT' and a.reversal_txn_id is null""")
			.param("r", national.id())
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo(
					jdbc.sql("select retained from ph_retention where round_id = :r and status = 'APPROVED'")
						.param("r", national.id())
						.query(BigDecimal.class)
						.single());
	}

	private long bids(long product) {
		return jdbc.sql("select count(*) from ph_bid where product_id = :p")
			.param("p", product)
			.query(Long.class)
			.single();
	}

	private long demands(long product) {
		return jdbc.sql("select count(*) from ph_demand where product_id = :p")
			.param("p", product)
			.query(Long.class)
			.single();
	}

}
