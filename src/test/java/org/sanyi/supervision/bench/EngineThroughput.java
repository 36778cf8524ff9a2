package org.sanyi.supervision.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.sanyi.supervision.engine.AuditEngine;
import org.sanyi.supervision.engine.Category;
import org.sanyi.supervision.engine.Claim;
import org.sanyi.supervision.engine.ClaimLine;
import org.sanyi.supervision.engine.History;
import org.sanyi.supervision.engine.ItemKind;
import org.sanyi.supervision.engine.KnowledgeBase;
import org.sanyi.supervision.engine.Restriction;
import org.sanyi.supervision.engine.ResultType;
import org.sanyi.supervision.engine.Rule;
import org.sanyi.supervision.engine.RuleBook;
import org.sanyi.supervision.engine.RuleKind;
import org.sanyi.supervision.engine.Scene;
import org.sanyi.supervision.engine.Severity;
import org.sanyi.supervision.engine.Sex;
import org.sanyi.supervision.engine.Stage;

/**
 * Fee lines per CPU-second of the pure audit engine, one thread: generated claims
 * (outpatient visits of 4–12 lines, inpatient stays of 30–80 lines, a code universe of
 * 2,000 items of which 300 carry restrictions) audited with every rule kind on, then with
 * each kind alone. CPU time of the measuring thread, so other load on the machine changes
 * the figure little. Usage: {@code EngineThroughput <out.json> <claims>}; run by
 * {@code bench/supervision.sh}.
 */
public final class EngineThroughput {

	private EngineThroughput() {
	}

	public static void main(String[] args) throws Exception {
		Path out = Path.of(args[0]);
		int claims = Integer.parseInt(args[1]);
		Random random = new Random(13);
		KnowledgeBase kb = knowledge(random);
		List<Claim> sample = new ArrayList<>();
		long lines = 0;
		for (int i = 0; i < claims; i++) {
			Claim c = claim(random, i);
			sample.add(c);
			lines += c.lines().size();
		}
		History history = new History(
				List.of(new History.Stay("H0", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 20), "I63.900")),
				List.of(new History.Purchase("H0", "XD0000", LocalDate.of(2026, 3, 1), 30)));
		List<Rule> all = new ArrayList<>();
		for (RuleKind kind : RuleKind.values()) {
			// population kinds look at the period's claims in the batch audit, not at one
			// claim
			if (!kind.population()) {
				all.add(rule(kind));
			}
		}
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("claims", claims);
		result.put("lines", lines);
		RuleBook everything = new RuleBook(1, 1, all, kb);
		run(everything, sample, history, 3);
		double[] measured = run(everything, sample, history, 5);
		result.put("lines_per_s", Math.round(lines * measured[0] / measured[1]));
		result.put("violations_per_pass", Math.round(measured[2] / measured[0]));
		Map<String, Long> perKind = new LinkedHashMap<>();
		for (Rule rule : all) {
			RuleBook one = new RuleBook(1, 1, List.of(rule), kb);
			run(one, sample, history, 1);
			double[] m = run(one, sample, history, 3);
			perKind.put(rule.kind().name(), Math.round(lines * m[0] / m[1]));
		}
		result.put("lines_per_s_by_kind", perKind);
		StringBuilder json = new StringBuilder("{\n");
		int n = 0;
		for (Map.Entry<String, Object> e : result.entrySet()) {
			json.append("  \"").append(e.getKey()).append("\": ");
			if (e.getValue() instanceof Map<?, ?> map) {
				json.append("{");
				int k = 0;
				for (Map.Entry<?, ?> m : map.entrySet()) {
					json.append(k++ == 0 ? "" : ", ")
						.append('"')
						.append(m.getKey())
						.append("\": ")
						.append(m.getValue());
				}
				json.append("}");
			}
			else {
				json.append(e.getValue());
			}
			json.append(++n < result.size() ? ",\n" : "\n");
		}
		json.append("}\n");
		Files.writeString(out, json);
		System.out.print(json);
	}

	/** Passes over the sample: {passes, CPU seconds, violations}. */
	private static double[] run(RuleBook book, List<Claim> sample, History history, int passes) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long cpu = threads.getCurrentThreadCpuTime();
		long violations = 0;
		for (int p = 0; p < passes; p++) {
			for (Claim c : sample) {
				violations += AuditEngine.audit(book, c, history, Stage.POST).size();
			}
		}
		return new double[] { passes, (threads.getCurrentThreadCpuTime() - cpu) / 1e9, violations };
	}

	private static Rule rule(RuleKind kind) {
		return new Rule("R-" + kind.name(), kind.name(), kind, Category.MEDICAL, ResultType.SUSPICIOUS,
				kind.windows().getFirst(), Set.of(), Set.of(), EnumSet.allOf(Stage.class), Severity.MEDIUM, false,
				Map.of());
	}

	private static KnowledgeBase knowledge(Random random) {
		List<Restriction> restrictions = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			String code = code(i);
			restrictions.add(new Restriction(code, i % 10 == 0 ? Sex.FEMALE : null, i % 13 == 0 ? 0 : null,
					i % 13 == 0 ? 6 : null, i % 17 == 0, i % 7 == 0 ? 3 : null,
					i % 11 == 0 ? Set.of(Scene.INPATIENT) : Set.of(), i % 5 == 0 ? List.of("A41", "J18") : List.of(),
					i % 19 == 0 ? List.of(code(i + 1)) : List.of(), i % 3 == 0 ? 30 : null,
					i % 4 == 0 ? new BigDecimal("3") : null, i % 6 == 0 ? 14 : null,
					i % 8 == 0 ? new BigDecimal("50") : null));
		}
		List<KnowledgeBase.ExclusivePair> pairs = new ArrayList<>();
		List<KnowledgeBase.Bundle> bundles = new ArrayList<>();
		List<KnowledgeBase.Substitution> substitutions = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			pairs.add(new KnowledgeBase.ExclusivePair(code(400 + i), code(450 + i)));
			bundles.add(new KnowledgeBase.Bundle(code(500 + i), Set.of(code(550 + i), code(600 + i), code(650 + i)),
					new BigDecimal("100")));
			substitutions.add(new KnowledgeBase.Substitution(code(700 + i), "普通", code(750 + i), BigDecimal.TEN));
		}
		return new KnowledgeBase(restrictions, pairs, bundles, substitutions);
	}

	private static Claim claim(Random random, int n) {
		boolean inpatient = n % 10 == 0;
		LocalDate admission = LocalDate.of(2026, 3, 1).plusDays(random.nextInt(200));
		int days = inpatient ? 3 + random.nextInt(12) : 0;
		int count = inpatient ? 30 + random.nextInt(51) : 4 + random.nextInt(9);
		List<ClaimLine> lines = new ArrayList<>(count);
		ItemKind[] kinds = ItemKind.values();
		for (int i = 0; i < count; i++) {
			int item = random.nextInt(2000);
			ItemKind kind = kinds[item % kinds.length];
			BigDecimal price = BigDecimal.valueOf(1 + random.nextInt(20000), 2);
			BigDecimal quantity = BigDecimal.valueOf(1 + random.nextInt(3));
			lines.add(new ClaimLine(String.valueOf(i + 1), code(item), "项目", item % 50 == 0 ? "普通项目" : "", kind,
					admission.plusDays(days == 0 ? 0 : random.nextInt(days + 1)), quantity, price,
					price.multiply(quantity), kind.drug() ? 1 + random.nextInt(30) : 0, "D" + random.nextInt(40),
					"A03"));
		}
		return new Claim("V" + n, "S" + n, "P" + (n / 3), n % 2 == 0 ? Sex.MALE : Sex.FEMALE,
				LocalDate.of(1950 + random.nextInt(70), 1, 1), "H1", 1 + random.nextInt(3),
				inpatient ? Scene.INPATIENT : Scene.OUTPATIENT, admission, admission.plusDays(days),
				List.of(inpatient ? "I63.900" : "J06.900"), lines);
	}

	private static String code(int i) {
		return "X" + (char) ('A' + i % 26) + "%04d".formatted(i);
	}

}
