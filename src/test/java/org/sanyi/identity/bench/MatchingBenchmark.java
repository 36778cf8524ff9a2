package org.sanyi.identity.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.sanyi.identity.matching.Agreement;
import org.sanyi.identity.matching.Comparison;
import org.sanyi.identity.matching.DemographicRecord;
import org.sanyi.identity.matching.FellegiSunterScorer;
import org.sanyi.identity.matching.Field;
import org.sanyi.identity.matching.MatchDecision;
import org.sanyi.identity.matching.MatchIndex;
import org.sanyi.identity.matching.MatchParameters;
import org.sanyi.identity.matching.MatchResult;
import org.sanyi.identity.matching.MatchRule;
import org.sanyi.identity.matching.NameFrequencies;
import org.sanyi.identity.matching.PatientMatcher;
import org.sanyi.identity.matching.synthetic.SyntheticDuplicates;
import org.sanyi.identity.matching.synthetic.SyntheticDuplicates.Duplicate;
import org.sanyi.identity.matching.synthetic.SyntheticDuplicates.Error;
import org.sanyi.identity.matching.synthetic.SyntheticPopulation;

/**
 * Matching one incoming patient against an index of the whole population: latency per
 * query (wall clock and thread CPU time) and match quality against known duplicates,
 * namesakes (same name, sex and birth date, another person) and newcomers.
 */
final class MatchingBenchmark {

	static final long SEED = 20261122L;

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	/** One timed query and its truth. */
	private record Query(DemographicRecord record, int truth, Duplicate duplicate) {
	}

	private record Outcome(Query query, MatchResult result) {
	}

	private MatchingBenchmark() {
	}

	static Map<String, Object> run(int populationSize, int duplicates, int namesakes, int newcomers) {
		Map<String, Object> out = new LinkedHashMap<>();
		System.out.printf("Matching against %,d residents:%n", populationSize);
		long start = System.nanoTime();
		var population = new SyntheticPopulation(SEED, TODAY);
		List<DemographicRecord> residents = population.residents(populationSize);
		long generateMs = (System.nanoTime() - start) / 1_000_000;
		start = System.nanoTime();
		var index = new MatchIndex(populationSize);
		for (int i = 0; i < residents.size(); i++) {
			index.add(i, residents.get(i));
		}
		long indexMs = (System.nanoTime() - start) / 1_000_000;
		var frequencies = NameFrequencies.of(residents.stream().map(DemographicRecord::name).toList(), 3);
		var parameters = MatchParameters.defaults();
		var matcher = new PatientMatcher(index, residents::get, new FellegiSunterScorer(parameters, frequencies));
		MatchIndex.Stats stats = index.stats();
		System.out.printf("  generated in %,d ms (%d twin pairs), indexed in %,d ms: %s%n", generateMs,
				population.twinPairs(), indexMs, stats);

		var generator = new SyntheticDuplicates(SEED + 1, population);
		List<Query> queries = new ArrayList<>();
		for (Duplicate d : generator.duplicates(residents, duplicates)) {
			queries.add(new Query(d.record(), d.originalId(), d));
		}
		for (DemographicRecord n : generator.namesakes(residents, namesakes, 50)) {
			queries.add(new Query(n, -1, null));
		}
		for (int i = 0; i < newcomers; i++) {
			queries.add(new Query(population.newcomer(), -1, null));
		}
		shuffle(queries, new SplittableRandom(SEED + 2));

		// warm-up on other duplicates, so the timed run sees compiled code
		for (Duplicate d : new SyntheticDuplicates(SEED + 3, population).duplicates(residents, 20_000)) {
			Measure.sink += matcher.match(d.record()).compared();
		}
		long[] wall = new long[queries.size()];
		long[] cpu = new long[queries.size()];
		List<Outcome> outcomes = new ArrayList<>(queries.size());
		long compared = 0;
		for (int q = 0; q < queries.size(); q++) {
			long cpuStart = Measure.THREADS.getCurrentThreadCpuTime();
			long wallStart = System.nanoTime();
			MatchResult result = matcher.match(queries.get(q).record());
			wall[q] = System.nanoTime() - wallStart;
			cpu[q] = Measure.THREADS.getCurrentThreadCpuTime() - cpuStart;
			outcomes.add(new Outcome(queries.get(q), result));
			compared += result.compared();
		}
		java.util.Arrays.sort(wall);
		java.util.Arrays.sort(cpu);

		out.put("population", populationSize);
		out.put("twin_pairs", population.twinPairs());
		out.put("duplicates", duplicates);
		out.put("namesakes", namesakes);
		out.put("newcomers", newcomers);
		out.put("generate_ms", generateMs);
		out.put("index_build_ms", indexMs);
		out.put("index", Map.of("records", stats.records(), "keys", stats.keys(), "postings", stats.postings(),
				"largest_block", stats.largestBlock(), "bytes", stats.bytes()));
		out.put("name_frequency_entries", frequencies.size());
		out.put("latency_ms", latency(wall));
		out.put("latency_cpu_ms", latency(cpu));
		out.put("candidates_compared_mean", round2((double) compared / queries.size()));
		out.putAll(quality(outcomes, duplicates, parameters));
		System.out.printf("  latency p50 %.3f ms, p99 %.3f ms (wall); %.1f candidates per query%n",
				ms(Measure.percentile(wall, 0.5)), ms(Measure.percentile(wall, 0.99)),
				(double) compared / queries.size());
		return out;
	}

	private static Map<String, Object> quality(List<Outcome> outcomes, int duplicates, MatchParameters parameters) {
		int linkedRight = 0;
		int linkedWrong = 0;
		int reviewWithTruth = 0;
		int reviewWithoutTruth = 0;
		int missed = 0;
		int deterministic = 0;
		int falseLinks = 0;
		int falseReviews = 0;
		int rightlyNew = 0;
		Map<Error, int[]> byError = new EnumMap<>(Error.class);
		Map<String, Integer> rules = new java.util.TreeMap<>();
		for (Outcome o : outcomes) {
			MatchResult r = o.result();
			rules.merge((o.query().truth() >= 0 ? "duplicate " : "other ") + r.decision() + " " + r.rule(), 1,
					Integer::sum);
			if (o.query().truth() >= 0) {
				int truth = o.query().truth();
				int outcome;
				if (r.decision() == MatchDecision.LINK) {
					if (r.linkedId() == truth) {
						linkedRight++;
						deterministic += r.rule() == MatchRule.DETERMINISTIC_ID ? 1 : 0;
						outcome = 0;
					}
					else {
						linkedWrong++;
						outcome = 3;
					}
				}
				else if (r.decision() == MatchDecision.REVIEW) {
					boolean found = r.candidates().stream().anyMatch(c -> c.candidateId() == truth);
					reviewWithTruth += found ? 1 : 0;
					reviewWithoutTruth += found ? 0 : 1;
					outcome = found ? 1 : 2;
				}
				else {
					missed++;
					outcome = 2;
				}
				for (Error e : o.query().duplicate().errors()) {
					byError.computeIfAbsent(e, k -> new int[5])[outcome]++;
					byError.get(e)[4]++;
				}
			}
			else {
				switch (r.decision()) {
					case LINK -> falseLinks++;
					case REVIEW -> falseReviews++;
					case NEW -> rightlyNew++;
				}
			}
		}
		int links = linkedRight + linkedWrong + falseLinks;
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("link_threshold", parameters.linkThreshold());
		out.put("review_threshold", parameters.reviewThreshold());
		out.put("precision_at_link", round4(links == 0 ? 1.0 : (double) linkedRight / links));
		out.put("recall_at_link", round4((double) linkedRight / duplicates));
		out.put("recall_with_review", round4((double) (linkedRight + reviewWithTruth) / duplicates));
		Map<String, Object> counts = new LinkedHashMap<>();
		counts.put("duplicates_linked_right", linkedRight);
		counts.put("duplicates_linked_by_id_rule", deterministic);
		counts.put("duplicates_linked_wrong", linkedWrong);
		counts.put("duplicates_in_review_with_truth", reviewWithTruth);
		counts.put("duplicates_in_review_without_truth", reviewWithoutTruth);
		counts.put("duplicates_made_new", missed);
		counts.put("others_linked", falseLinks);
		counts.put("others_in_review", falseReviews);
		counts.put("others_made_new", rightlyNew);
		out.put("counts", counts);
		out.put("decisions_by_rule", rules);
		Map<String, Object> errors = new LinkedHashMap<>();
		for (var e : byError.entrySet()) {
			int[] c = e.getValue();
			errors.put(e.getKey().name(),
					Map.of("n", c[4], "linked", round4((double) c[0] / c[4]), "review", round4((double) c[1] / c[4]),
							"missed", round4((double) c[2] / c[4]), "wrong_link", round4((double) c[3] / c[4])));
		}
		out.put("by_error", errors);
		out.put("threshold_sweep", sweep(outcomes, duplicates));
		System.out.printf(
				"  precision at link %.4f, recall at link %.4f, with review %.4f; others linked %d, in review %d%n",
				(double) linkedRight / Math.max(1, links), (double) linkedRight / duplicates,
				(double) (linkedRight + reviewWithTruth) / duplicates, falseLinks, falseReviews);
		return out;
	}

	private static boolean corroborated(Comparison c) {
		for (Field field : new Field[] { Field.ID_NUMBER, Field.PHONE, Field.ADDRESS }) {
			if (c.level(field) == Agreement.EXACT || c.level(field) == Agreement.SIMILAR) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Precision and recall had the link threshold been different (with the corroboration
	 * rule, without ambiguity).
	 */
	private static List<Object> sweep(List<Outcome> outcomes, int duplicates) {
		List<Object> rows = new ArrayList<>();
		for (double threshold : new double[] { 15, 20, 22.5, 25, 27.5, 30, 35 }) {
			int right = 0;
			int links = 0;
			for (Outcome o : outcomes) {
				MatchResult r = o.result();
				int linked;
				if (r.rule() == MatchRule.DETERMINISTIC_ID) {
					linked = r.linkedId();
				}
				else if (r.rule() != MatchRule.ID_CONFLICT && r.best() != null && r.best().total() >= threshold
						&& corroborated(r.best())) {
					linked = r.best().candidateId();
				}
				else {
					continue;
				}
				links++;
				right += linked == o.query().truth() ? 1 : 0;
			}
			rows.add(Map.of("link_threshold", threshold, "precision", round4(links == 0 ? 1 : (double) right / links),
					"recall", round4((double) right / duplicates)));
		}
		return rows;
	}

	private static Map<String, Object> latency(long[] sortedNanos) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("p50", round3(ms(Measure.percentile(sortedNanos, 0.50))));
		m.put("p90", round3(ms(Measure.percentile(sortedNanos, 0.90))));
		m.put("p99", round3(ms(Measure.percentile(sortedNanos, 0.99))));
		m.put("p999", round3(ms(Measure.percentile(sortedNanos, 0.999))));
		m.put("max", round3(ms(sortedNanos[sortedNanos.length - 1])));
		m.put("mean", round3(ms((long) java.util.Arrays.stream(sortedNanos).average().orElse(0))));
		return m;
	}

	static double ms(long nanos) {
		return nanos / 1e6;
	}

	static double round2(double v) {
		return Math.round(v * 100) / 100.0;
	}

	static double round3(double v) {
		return Math.round(v * 1000) / 1000.0;
	}

	static double round4(double v) {
		return Math.round(v * 10000) / 10000.0;
	}

	private static <T> void shuffle(List<T> list, SplittableRandom random) {
		for (int i = list.size() - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			T t = list.get(i);
			list.set(i, list.get(j));
			list.set(j, t);
		}
	}

}
