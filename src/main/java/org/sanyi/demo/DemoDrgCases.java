package org.sanyi.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanyi.demo.internal.DemoRegionGenerator;
import org.sanyi.demo.internal.Facility;
import org.sanyi.demo.internal.InpatientCase;
import org.sanyi.demo.internal.InsuredActivity;
import org.sanyi.drg.DrgPayments;
import org.sanyi.drg.DrgPayments.InpatientSettlement;
import org.sanyi.drg.DrgPayments.ParameterProposal;
import org.sanyi.registry.Registry;
import org.sanyi.shared.BusinessException;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * DRG payment on the demo year: after the insurance year ({@link DemoInsurance}) the
 * hospitals upload a settlement list (4101, through the same service as the gateway) for
 * every inpatient settlement of the city, with what the generated stay says besides the
 * settlement (department, procedures, the diagnoses in order; see
 * {@link SettlementListInput}), so the demo scheme groups them. Then the city bureau
 * computes the weights from the year's costs, sets the 2025 and 2026 base rates from the
 * DRG budget (a proposal approved by the second officer) and settles every month.
 * Hospitals of level 2 and above are paid by DRG; primary care stays stay paid by item
 * and get no list. Runs only while a DRG hospital's inpatient settlement has no list.
 */
@Component
@Order(400)
class DemoDrgCases implements DemoStep {

	private static final Logger log = LoggerFactory.getLogger(DemoDrgCases.class);

	static final String REGION = DemoRegionGenerator.CITY_CODE;

	private static final DateTimeFormatter MSGID_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	/**
	 * Every group of the demo year gets a weight of its own: the budget is the cost of
	 * all grouped cases, so a group left without a weight (paid by item) would inflate
	 * the base rate. A real region sets 5 or more.
	 */
	private static final int MIN_CASES = 1;

	private final DrgPayments payments;

	private final DemoYear year;

	private final Registry registry;

	DemoDrgCases(DrgPayments payments, DemoYear year, Registry registry) {
		this.payments = payments;
		this.year = year;
		this.registry = registry;
	}

	@Override
	public String name() {
		return "DRG settlement lists and payment";
	}

	@Override
	public boolean run() {
		long start = System.nanoTime();
		if (!payments.awaitSettlementEvents(Duration.ofSeconds(120))) {
			log.warn("Demo DRG: settlement events still pending after 120 s; uploading what has arrived");
		}
		long waited = System.nanoTime();
		String prefix = REGION.substring(0, 4);
		List<InpatientSettlement> pending = paidByDrg(payments.settlementsWithoutList(prefix));
		if (pending.isEmpty()) {
			return false;
		}
		Map<String, InpatientCase> stays = year.activity().inpatient();
		// Only the demo year's own stays: settlements posted since (a HIS on the gateway,
		// a
		// benchmark) upload their own lists, and on a restart they must not make this
		// step
		// run again and propose parameters from nothing (DRG-0025 stopped the start).
		List<InpatientSettlement> settlements = pending.stream().filter(s -> stays.containsKey(stayKey(s))).toList();
		if (settlements.isEmpty()) {
			return false;
		}
		AtomicInteger uploaded = new AtomicInteger();
		AtomicInteger refused = new AtomicInteger();
		AtomicInteger sequence = new AtomicInteger();
		List<InpatientSettlement> grouped = Collections.synchronizedList(new ArrayList<>());
		inParallel(settlements.stream().<Runnable>map(s -> () -> {
			InpatientCase stay = stays.get(stayKey(s));
			if (upload(s, stay, sequence.incrementAndGet())) {
				uploaded.incrementAndGet();
				if (stay.template().grouped()) {
					grouped.add(s);
				}
			}
			else {
				refused.incrementAndGet();
			}
		}).toList());
		BigDecimal groupedCost = grouped.stream()
			.map(InpatientSettlement::medicalFees)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		long listed = System.nanoTime();
		LocalDate baseFrom = InsuredActivity.FIRST_DAY;
		LocalDate baseTo = InsuredActivity.LAST_DAY;
		BigDecimal budget2025 = groupedCost.setScale(0, java.math.RoundingMode.HALF_UP).setScale(2);
		BigDecimal budget2026 = groupedCost.multiply(new BigDecimal("1.03"))
			.setScale(0, java.math.RoundingMode.HALF_UP)
			.setScale(2);
		long v2025 = payments.proposeParameters(
				new ParameterProposal(REGION, LocalDate.of(2025, 1, 1), null, "RATE", budget2025, null, null,
						new BigDecimal("3"), new BigDecimal("0.8"), new BigDecimal("0.4"), baseFrom, baseTo, "IQR",
						new BigDecimal("3"), MIN_CASES, "2025 年权重按 2025-11 至 2026-10 出院病例测算（IQR 3 倍剔除），费率按 DRG 基金预算测算"),
				"ybj");
		payments.approveParameters(v2025, DemoInsurance.REVIEWER.username(), "演示数据：测算结果已复核");
		long v2026 = payments.proposeParameters(new ParameterProposal(REGION, LocalDate.of(2026, 1, 1), v2025, "RATE",
				budget2026, null, null, new BigDecimal("3"), new BigDecimal("0.8"), new BigDecimal("0.4"), baseFrom,
				baseTo, "IQR", new BigDecimal("3"), MIN_CASES, "2026 年费率：DRG 基金预算较上年增长 3%"), "ybj");
		payments.approveParameters(v2026, DemoInsurance.REVIEWER.username(), "演示数据：预算已经市医保局审定");
		long parameters = System.nanoTime();
		AtomicInteger hospitalMonths = new AtomicInteger();
		List<Runnable> months = new ArrayList<>();
		for (YearMonth m = YearMonth.from(baseFrom); !m.isAfter(YearMonth.from(baseTo)); m = m.plusMonths(1)) {
			YearMonth month = m;
			months.add(() -> hospitalMonths.addAndGet(payments.settleMonth(month, "ybj")));
		}
		inParallel(months);
		long end = System.nanoTime();
		log.info(
				"Demo DRG: {} settlement lists uploaded ({} refused) in {} ms after waiting {} ms for the settlement "
						+ "events; weights and base rates in {} ms; {} hospital-months settled in {} ms",
				uploaded, refused, (listed - waited) / 1_000_000, (waited - start) / 1_000_000,
				(parameters - listed) / 1_000_000, hospitalMonths, (end - parameters) / 1_000_000);
		return true;
	}

	/**
	 * Runs the tasks four at a time and waits for all: an upload or a hospital-month is a
	 * few short queries, so the database round trips of several overlap; months and
	 * settlements are independent of each other.
	 */
	private static void inParallel(List<Runnable> tasks) {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> done = new ArrayList<>();
			tasks.forEach(t -> done.add(pool.submit(t)));
			for (Future<?> f : done) {
				f.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
		finally {
			pool.shutdown();
		}
	}

	/**
	 * The settlements of hospitals paid by DRG ({@link Facility#paidByDrg}); primary care
	 * stays are paid by item.
	 */
	private List<InpatientSettlement> paidByDrg(List<InpatientSettlement> settlements) {
		Map<String, Boolean> drg = new HashMap<>();
		for (InpatientSettlement s : settlements) {
			drg.computeIfAbsent(s.institutionCode(),
					code -> registry.institution(code)
						.map(i -> Facility.paidByDrg(i.kind(), Math.max(1, i.grade().level())))
						.orElse(false));
		}
		return settlements.stream().filter(s -> drg.get(s.institutionCode())).toList();
	}

	private static String stayKey(InpatientSettlement s) {
		return InpatientCase.key(s.personId(), s.institutionCode(), s.admissionDate(), s.dischargeDate());
	}

	/**
	 * Uploads one list as the hospital's HIS would; false when it cannot be built or is
	 * refused (logged).
	 */
	private boolean upload(InpatientSettlement s, InpatientCase stay, int sequence) {
		if (stay == null) {
			log.warn("Demo DRG: no generated stay for settlement {}", s.settlementId());
			return false;
		}
		String msgid = s.institutionCode() + s.dischargeDate().atTime(10, 0).format(MSGID_TIME)
				+ String.format("%04d", sequence % 10_000);
		try {
			payments.uploadSettlementList("4101", s.institutionCode(), msgid, "HIS", SettlementListInput.of(s, stay));
			return true;
		}
		catch (BusinessException ex) {
			log.warn("Demo DRG: list for {} refused: {} {}", s.settlementId(), ex.error().code(), List.of(ex.args()));
			return false;
		}
	}

}
