package org.sanyi.insurance.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.sanyi.insurance.engine.Accumulators;
import org.sanyi.insurance.engine.BenefitKind;
import org.sanyi.insurance.engine.CatalogueClass;
import org.sanyi.insurance.engine.FeeLine;
import org.sanyi.insurance.engine.FundType;
import org.sanyi.insurance.engine.HospitalLevel;
import org.sanyi.insurance.engine.IllustrativePolicies;
import org.sanyi.insurance.engine.Insutype;
import org.sanyi.insurance.engine.MedType;
import org.sanyi.insurance.engine.PolicyVersion;
import org.sanyi.insurance.engine.Settlement;
import org.sanyi.insurance.engine.SettlementEngine;
import org.sanyi.insurance.engine.SettlementFields;
import org.sanyi.insurance.engine.Visit;
import org.sanyi.shared.Money;

/**
 * Settlements per second of the pure engine for a typical inpatient visit: 30 fee lines
 * (甲/乙/丙, two with price caps), a resident 低保 recipient on a second admission, so every
 * step runs (deductible, pool, 大病 across a band edge, assistance). One thread, in
 * process; the server benchmark (gateway + ledger) comes with phase 2. Run with
 * {@code bench/insurance-engine.sh}, which writes
 * {@code bench/results/insurance-engine.json}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = { "-Xms512m", "-Xmx512m" })
public class SettlementEngineBenchmark {

	final SettlementEngine engine = new SettlementEngine();

	final PolicyVersion policy = IllustrativePolicies.resident2026();

	final Accumulators yearToDate = Accumulators.empty(2026)
		.withAdmissions(1)
		.withDeductiblePaid(BenefitKind.INPATIENT, Money.of("600"))
		.withPoolPaid("BASIC", Money.of("35000"))
		.withLayerBase(FundType.RESIDENT_CRITICAL_ILLNESS, Money.of("10500"))
		.withLayerBase(FundType.MEDICAL_ASSISTANCE, Money.of("10500"))
		.withLayerPaid(FundType.MEDICAL_ASSISTANCE, Money.of("7350"));

	final Visit visit = Visit.builder()
		.visitId("S350400260610000042")
		.insutype(Insutype.RESIDENT)
		.medType(MedType.INPATIENT)
		.hospitalLevel(HospitalLevel.GRADE_3A)
		.insuredRegion(IllustrativePolicies.HOME)
		.personType("1501")
		.age(67)
		.identities(Set.of(IllustrativePolicies.SUBSISTENCE))
		.admissionDate(LocalDate.of(2026, 6, 1))
		.settlementDate(LocalDate.of(2026, 6, 10))
		.build();

	final List<FeeLine> lines = thirtyLines();

	/**
	 * A 10-day stay: beds, nursing, lab and imaging, surgery, drugs of every class,
	 * consumables.
	 */
	static List<FeeLine> thirtyLines() {
		List<FeeLine> lines = new ArrayList<>();
		String[][] items = { { "A", null, "10", "45", null }, { "A", null, "10", "28", null },
				{ "A", null, "1", "12", null }, { "A", null, "6", "35.5", null }, { "A", null, "3", "120", null },
				{ "A", null, "1", "680", null }, { "A", null, "2", "320", null }, { "A", null, "1", "5800", null },
				{ "A", null, "1", "1650", null }, { "A", null, "14", "18.6", null }, { "A", null, "20", "3.45", null },
				{ "A", null, "4", "66.8", null }, { "A", null, "1", "2400", "1980" }, { "A", null, "30", "1.2", null },
				{ "A", null, "8", "15", null }, { "B", "0.10", "12", "86.4", null },
				{ "B", "0.10", "28", "12.35", null }, { "B", "0.05", "6", "233.3333", null },
				{ "B", "0.20", "1", "3600", "3000" }, { "B", "0.10", "0.5", "47.9", null },
				{ "B", "0.15", "10", "9.98", null }, { "B", "0.10", "3", "410", null },
				{ "B", "0.08", "40", "2.75", null }, { "B", "0.10", "2", "1288", null },
				{ "C", null, "1", "980", null }, { "C", null, "5", "36", null }, { "C", null, "2", "199", null },
				{ "A", null, "1", "260", null }, { "B", "0.10", "7", "54.2", null }, { "A", null, "10", "22", null } };
		for (int i = 0; i < items.length; i++) {
			String[] item = items[i];
			lines.add(FeeLine.priced(String.valueOf(i + 1), "ITEM" + (i + 1), CatalogueClass.valueOf(item[0]), item[1],
					item[2], item[3], item[4]));
		}
		return List.copyOf(lines);
	}

	@Benchmark
	public Settlement settleThirtyLineInpatientVisit() {
		return engine.settle(policy, yearToDate, visit, lines);
	}

	@Benchmark
	public Map<String, Object> settleAndMapToNationalFields() {
		Settlement s = engine.settle(policy, yearToDate, visit, lines);
		Map<String, Object> setlinfo = SettlementFields.setlinfo(s);
		setlinfo.put("setldetail", SettlementFields.setldetail(s));
		return setlinfo;
	}

	/**
	 * {@code SettlementEngineBenchmark [result.json [cpu.json]]}: runs both JMH
	 * benchmarks (JSON result to the first file), then a plain loop timed by the thread's
	 * CPU time (to the second file). On a machine shared with other builds, wall-clock
	 * throughput says more about the neighbours than about the engine; settlements per
	 * CPU-second does not.
	 */
	public static void main(String[] args) throws Exception {
		var options = new OptionsBuilder().include(SettlementEngineBenchmark.class.getSimpleName()).threads(1);
		if (args.length > 0) {
			options.result(args[0]).resultFormat(ResultFormatType.JSON);
		}
		new Runner(options.build()).run();
		double perCpuSecond = settlementsPerCpuSecond();
		String json = "{\"benchmark\": \"settleThirtyLineInpatientVisit\", \"settlementsPerCpuSecond\": %.0f, \"cpus\": %d}%n"
			.formatted(perCpuSecond, Runtime.getRuntime().availableProcessors());
		System.out.print(json);
		if (args.length > 1) {
			Files.writeString(Path.of(args[1]), json);
		}
	}

	/**
	 * Median of 3 passes of 100,000 settlements after a 100,000 warm-up, per second of
	 * this thread's CPU time.
	 */
	static double settlementsPerCpuSecond() {
		var bench = new SettlementEngineBenchmark();
		var threads = ManagementFactory.getThreadMXBean();
		int n = 100_000;
		long sink = 0;
		for (int i = 0; i < n; i++) {
			sink += bench.settleThirtyLineInpatientVisit().lines().size();
		}
		double[] rates = new double[3];
		for (int pass = 0; pass < rates.length; pass++) {
			long start = threads.getCurrentThreadCpuTime();
			for (int i = 0; i < n; i++) {
				sink += bench.settleThirtyLineInpatientVisit().lines().size();
			}
			rates[pass] = n / ((threads.getCurrentThreadCpuTime() - start) / 1e9);
		}
		if (sink == 42) {
			System.out.println(sink); // keeps the loop from being optimised away
		}
		Arrays.sort(rates);
		return rates[rates.length / 2];
	}

}
