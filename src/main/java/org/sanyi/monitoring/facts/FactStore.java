package org.sanyi.monitoring.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.sanyi.monitoring.facts.FactRepository.HeldFact;
import org.sanyi.insurance.SettlementCompleted;
import org.sanyi.insurance.SettlementFacts;
import org.sanyi.insurance.SettlementReversed;
import org.sanyi.registry.Registry;
import org.sanyi.shared.facts.DataElement;
import org.sanyi.shared.facts.Fact;
import org.sanyi.shared.facts.FactsReported;
import org.sanyi.shared.facts.FactHistory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts reports of facts, each once: the report's key is claimed in the same transaction
 * as its facts are written, so a replayed, republished or redelivered report changes
 * nothing. A fact naming an institution the registry does not know, an element no
 * catalogue declares, a dimension its element lacks or a value finer than its unit is
 * held in the error queue ({@code mon_fact_error}), visible and not counted; the report's
 * other facts count. The report's facts are added to the rollup (month and year sums) in
 * the same transaction, a live report's as deltas that are folded into the sums each
 * minute ({@link RollupFold}), so indicators over whole months read sums that always
 * equal the facts.
 */
@Service
public class FactStore implements FactHistory {

	/** The widest institution code a fact may name (the registry's are 12 characters). */
	private static final int INSTITUTION_LENGTH = 20;

	private final FactRepository facts;

	private final DataElements elements;

	private final Registry registry;

	private final FactCopy copy;

	private final FactRollupRepository rollup;

	/**
	 * Institutions the registry knows: they are never removed from it (a closed one keeps
	 * its code and history).
	 */
	private final Set<String> registered = ConcurrentHashMap.newKeySet();

	FactStore(FactRepository facts, DataElements elements, Registry registry, FactCopy copy,
			FactRollupRepository rollup) {
		this.facts = facts;
		this.elements = elements;
		this.registry = registry;
		this.copy = copy;
		this.rollup = rollup;
	}

	/** What became of a report. */
	public record Outcome(boolean counted, int facts, int held) {

		static final Outcome REPLAYED = new Outcome(false, 0, 0);

	}

	/**
	 * Counts a report of a few facts (an event's): one statement claims its key and
	 * writes its facts and its rollup deltas.
	 */
	@Transactional
	public Outcome record(String key, String source, List<Fact> reported) {
		return recordAll(List.of(new Report(key, source, reported))).getFirst();
	}

	/** A report of a few facts under its key. */
	public record Report(String key, String source, List<Fact> facts) {

		/** A live settlement's facts, under its key. */
		public static Report of(SettlementCompleted e) {
			return new Report(SettlementFacts.key(e), "insurance", SettlementFacts.of(e));
		}

		/** A live reversal's facts (the settlement's negated), under its key. */
		public static Report of(SettlementReversed e) {
			return new Report(SettlementFacts.key(e), "insurance", SettlementFacts.of(e));
		}

		/** A module's reported facts, under its key. */
		public static Report of(FactsReported e) {
			return new Report(e.key(), e.source(), e.facts());
		}

	}

	/**
	 * Counts reports of a few facts each (a batch of events') in one statement, which
	 * claims their keys and writes the facts of the reports it claimed and their rollup
	 * deltas, summed over the batch; what each became of, in order. A key given twice
	 * counts its first report once.
	 */
	@Transactional
	public List<Outcome> recordAll(List<Report> reports) {
		if (reports.isEmpty()) {
			return List.of();
		}
		Map<String, Sorted> sorted = new LinkedHashMap<>();
		Map<String, Boolean> known = new HashMap<>();
		for (Report report : reports) {
			sorted.computeIfAbsent(report.key(), k -> sort(report, known));
		}
		List<FactRepository.Counted> live = sorted.values()
			.stream()
			.map(s -> new FactRepository.Counted(s.report().key(), s.report().source(), s.counted(), s.held().size()))
			.toList();
		Set<String> claimed = new HashSet<>(facts.count(live, rollup::ids));
		for (Sorted s : sorted.values()) {
			if (claimed.contains(s.report().key())) {
				facts.hold(s.report().key(), s.report().source(), s.held());
			}
		}
		Set<String> first = new HashSet<>();
		return reports.stream().map(r -> {
			Sorted s = sorted.get(r.key());
			return claimed.contains(r.key()) && first.add(r.key())
					? new Outcome(true, s.counted().size(), s.held().size()) : Outcome.REPLAYED;
		}).toList();
	}

	/** A report's facts: those that count and those held. */
	private record Sorted(Report report, List<Fact> counted, List<HeldFact> held) {
	}

	private Sorted sort(Report report, Map<String, Boolean> known) {
		List<Fact> counted = new ArrayList<>(report.facts().size());
		List<HeldFact> held = new ArrayList<>();
		for (Fact fact : report.facts()) {
			Optional<FactProblem> problem = problem(fact, known);
			if (problem.isPresent()) {
				held.add(new HeldFact(fact, problem.get()));
			}
			else {
				counted.add(fact);
			}
		}
		return new Sorted(report, counted, held);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean imported(String key) {
		return facts.claimed(key);
	}

	/**
	 * Counts a report of many facts (history, a month of aggregates): the facts are
	 * copied in bulk.
	 */
	@Override
	@Transactional
	public boolean importReport(String key, String source, List<Fact> reported) {
		Sorted s = sort(new Report(key, source, reported), new HashMap<>());
		Optional<Long> report = facts.claim(key, source, s.counted().size(), s.held().size());
		if (report.isEmpty()) {
			return false;
		}
		copy.copy(report.get(), s.counted());
		rollup.add(s.counted());
		facts.hold(key, source, s.held());
		return true;
	}

	private boolean registered(String code) {
		if (registered.contains(code)) {
			return true;
		}
		boolean known = code.length() <= INSTITUTION_LENGTH && registry.institution(code).isPresent();
		if (known) {
			registered.add(code);
		}
		return known;
	}

	private Optional<FactProblem> problem(Fact fact, Map<String, Boolean> known) {
		Optional<DataElement> element = elements.find(fact.element());
		if (element.isEmpty()) {
			return Optional.of(FactProblem.UNKNOWN_ELEMENT);
		}
		if (!known.computeIfAbsent(fact.institution(), this::registered)) {
			return Optional.of(FactProblem.UNKNOWN_INSTITUTION);
		}
		if (!element.get().dimensions().containsAll(fact.dimensions().keySet())) {
			return Optional.of(FactProblem.UNKNOWN_DIMENSION);
		}
		int scale = element.get().unit() == DataElement.Unit.YUAN ? 2 : 4;
		if (fact.value().stripTrailingZeros().scale() > scale || fact.value().precision() - fact.value().scale() > 16) {
			return Optional.of(FactProblem.INVALID_VALUE);
		}
		return Optional.empty();
	}

}
