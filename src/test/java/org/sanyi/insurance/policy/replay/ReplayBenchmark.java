package org.sanyi.insurance.policy.replay;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.sanyi.insurance.engine.FeeLine;
import org.sanyi.insurance.engine.HospitalLevel;
import org.sanyi.insurance.engine.IllustrativePolicies;
import org.sanyi.insurance.engine.Insutype;
import org.sanyi.insurance.engine.MedType;
import org.sanyi.insurance.engine.PolicyBook;
import org.sanyi.insurance.engine.PolicyVersion;
import org.sanyi.insurance.engine.Settlement;
import org.sanyi.insurance.engine.SettlementEngine;
import org.sanyi.insurance.engine.Visit;
import org.sanyi.insurance.policy.replay.engine.Outcome;
import org.sanyi.insurance.policy.replay.engine.PolicyReplay;
import org.sanyi.insurance.policy.replay.engine.RecordedSettlement;
import org.sanyi.insurance.policy.replay.engine.ReplayResult;
import org.sanyi.insurance.policy.replay.engine.ReplayRun;
import org.sanyi.insurance.settlement.AccumulatorCodec;
import org.sanyi.insurance.support.Json;
import org.sanyi.shared.Money;

/**
 * Policy replay of a generated city-year (bench/pharma.sh, keys {@code replay_*}):
 * {@code n} settlements of about four per person (7 in 10 general outpatient, 1 in 10
 * 门诊慢特病, 2 in 10 admissions of 4–14 lines at the three hospital levels), replayed under a
 * draft (the illustrative 2025 resident rules asked about 2026) with {@link ReplayRun} on
 * every core, against a baseline in the same run: the same engine called one settlement
 * at a time on one thread with the work the gateway does around each call today (the
 * version looked up in the book, the person's year-to-date totals read from and written
 * back to JSON as in {@code ins_accumulator}, the delta written as {@code accum_delta}),
 * without the database. The baseline runs on at most two million settlements and is
 * compared by rate. Fee lines come from a few dozen shared templates so the generator, on
 * the reading thread, stays cheap next to the engine. The recorded outcome of a generated
 * settlement is a placeholder (the report's "before" is not measured). Not a test: a main
 * method, run by the script only. Adds its keys to the JSON file the procurement
 * benchmark wrote (or writes a new one).
 */
public final class ReplayBenchmark {

	static final int YEAR = 2026;

	static final Outcome PLACEHOLDER = new Outcome(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

	static final HospitalLevel[] LEVELS = { HospitalLevel.GRADE_3A, HospitalLevel.GRADE_2A,
			HospitalLevel.ofCode("08") };

	/** What the baseline wrote, so that the JIT cannot drop the writing. */
	static long written;

	public static void main(String[] args) throws Exception {
		Path out = Path.of(args[0]);
		long n = Long.parseLong(args[1]);
		PolicyVersion draft = IllustrativePolicies.resident2025();
		Generator generator = new Generator();
		int threads = Runtime.getRuntime().availableProcessors();

		// warm-up: the JIT compiles the engine before either timing starts
		replay(draft, generator, Math.min(n, 200_000), threads);
		baseline(draft, generator, Math.min(n, 200_000));

		long t0 = System.nanoTime();
		ReplayResult result = replay(draft, generator, n, threads);
		double replayS = (System.nanoTime() - t0) / 1e9;

		long baselineN = Math.min(n, 2_000_000);
		long t1 = System.nanoTime();
		long baselineDone = baseline(draft, generator, baselineN);
		double baselineS = (System.nanoTime() - t1) / 1e9;

		double replayPerS = result.settlements() / replayS;
		double baselinePerS = baselineDone / baselineS;
		String keys = """
				"replay_settlements": %d, "replay_threads": %d, "replay_s": %.1f, "replay_per_s": %.0f,
				 "replay_baseline": "the same engine one settlement at a time on one thread, with the gateway's per-call work (policy lookup, year-to-date totals as JSON) and no database",
				 "replay_baseline_settlements": %d, "replay_baseline_s": %.1f, "replay_baseline_per_s": %.0f,
				 "replay_ratio": %.2f"""
			.formatted(result.settlements(), threads, replayS, replayPerS, baselineDone, baselineS, baselinePerS,
					replayPerS / baselinePerS);
		String json = Files.exists(out) ? Files.readString(out).strip() : "{}";
		json = json.substring(0, json.lastIndexOf('}')).strip();
		json = json + (json.equals("{") ? "" : ",\n ") + keys + "}\n";
		Files.createDirectories(out.toAbsolutePath().getParent());
		Files.writeString(out, json);
		System.out.print(json);
	}

	static ReplayResult replay(PolicyVersion draft, Generator generator, long n, int threads) {
		ReplayRun run = new ReplayRun(draft, YEAR, threads, null);
		long made = 0;
		for (long person = 0; made < n; person++) {
			List<RecordedSettlement> events = generator.person(person, n - made);
			made += events.size();
			run.person(events);
		}
		return run.finish();
	}

	/** One settlement at a time, the way the gateway calls the engine. */
	static long baseline(PolicyVersion draft, Generator generator, long n) {
		SettlementEngine engine = new SettlementEngine();
		PolicyBook book = new PolicyBook(List.of(PolicyReplay.inForceThroughout(draft, YEAR)));
		Map<String, String> stored = new HashMap<>();
		long made = 0;
		long settled = 0;
		for (long person = 0; made < n; person++) {
			List<RecordedSettlement> events = generator.person(person, n - made);
			made += events.size();
			stored.clear();
			for (RecordedSettlement e : events) {
				Visit visit = e.visit();
				String key = visit.personId() + "|390|" + YEAR;
				PolicyVersion policy = book.forVisit(visit);
				Map<String, BigDecimal> before = Json.decimalMap(stored.get(key));
				Settlement s = engine.settle(policy, AccumulatorCodec.fromMap(YEAR, before), visit, e.lines());
				Map<String, BigDecimal> after = AccumulatorCodec.toMap(s.accumulatorsAfter());
				stored.put(key, Json.write(after));
				written += Json.write(AccumulatorCodec.delta(before, after)).length();
				settled++;
			}
		}
		return settled;
	}

	/** Deterministic settlements of generated people, fee lines from shared templates. */
	static final class Generator {

		private final List<List<FeeLine>> outpatient = new ArrayList<>();

		private final List<List<FeeLine>> chronic = new ArrayList<>();

		private final List<List<FeeLine>> inpatient = new ArrayList<>();

		Generator() {
			SplittableRandom random = new SplittableRandom(14);
			for (int t = 0; t < 40; t++) {
				outpatient.add(lines(random, 1 + random.nextInt(3), 20, 150));
				chronic.add(lines(random, 2 + random.nextInt(3), 40, 200));
				inpatient.add(lines(random, 4 + random.nextInt(11), 200, 4_000));
			}
		}

		private static List<FeeLine> lines(SplittableRandom random, int count, int low, int high) {
			List<FeeLine> lines = new ArrayList<>();
			for (int i = 1; i <= count; i++) {
				int cls = random.nextInt(10);
				String lv = cls < 6 ? "01" : cls < 9 ? "02" : "03";
				String price = String.valueOf(low + random.nextInt(high - low));
				String qty = String.valueOf(1 + random.nextInt(3));
				String amount = new BigDecimal(price).multiply(new BigDecimal(qty)).setScale(2).toPlainString();
				lines.add(FeeLine.of(String.valueOf(i), "G" + lv + i, lv, lv.equals("02") ? "0.10" : null, qty, price,
						amount, null));
			}
			return List.copyOf(lines);
		}

		/** The settlements of person {@code p}, at most {@code max}. */
		List<RecordedSettlement> person(long p, long max) {
			SplittableRandom random = new SplittableRandom(p * 0x9E3779B97F4A7C15L);
			int count = (int) Math.min(max, 1 + random.nextInt(7));
			String psn = "P" + p;
			int age = random.nextInt(90);
			List<RecordedSettlement> events = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				int kind = random.nextInt(10);
				HospitalLevel level = kind < 7 ? LEVELS[2 - random.nextInt(2)] : LEVELS[random.nextInt(3)];
				MedType medType = kind < 7 ? MedType.GENERAL_OUTPATIENT
						: kind < 8 ? MedType.CHRONIC_OUTPATIENT : MedType.INPATIENT;
				List<FeeLine> lines = (kind < 7 ? outpatient : kind < 8 ? chronic : inpatient).get(random.nextInt(40));
				LocalDate day = LocalDate.of(YEAR, 1, 1).plusDays((long) i * 365 / count + random.nextInt(365 / count));
				Visit visit = Visit.builder()
					.visitId(psn + "-" + i)
					.personId(psn)
					.insutype(Insutype.RESIDENT)
					.medType(medType)
					.hospitalLevel(level)
					.insuredRegion(IllustrativePolicies.HOME)
					.personType("1501")
					.age(age)
					.diseaseCode(medType == MedType.CHRONIC_OUTPATIENT ? "I10" : null)
					.admissionDate(medType == MedType.INPATIENT ? day.minusDays(6) : day)
					.settlementDate(day)
					.build();
				events.add(RecordedSettlement.settled(psn + "S" + i, visit, medType == MedType.INPATIENT, lines,
						PLACEHOLDER, new RecordedSettlement.Where("390", level.code(), "3504" + (10 + p % 12))));
			}
			return events;
		}

	}

}
