package org.sanyi.identity.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;

import org.sanyi.identity.matching.FieldComparisons.Prepared;

/**
 * Matches an incoming record against the index: candidates from the blocking keys, each
 * scored by the {@link FellegiSunterScorer}, then the decision.
 * <ol>
 * <li>Deterministic: a candidate with the same valid GB 11643 number is the same person
 * ({@link MatchRule#DETERMINISTIC_ID}), unless the names disagree outright, which is how
 * a child registered under a parent's number looks ({@link MatchRule#ID_CONFLICT},
 * reviewed).
 * <li>Probabilistic: the best total weight at or above the link threshold links, unless a
 * different candidate also reaches it within {@link MatchParameters#ambiguityMargin()}
 * ({@link MatchRule#AMBIGUOUS}, reviewed) or nothing but the name, birth date and sex
 * agrees ({@link MatchRule#UNCORROBORATED}, reviewed: never link on demographics alone);
 * between the thresholds goes to review; below, a new identity.
 * </ol>
 * Stateless; safe for concurrent use as long as the index is not being written.
 */
public final class PatientMatcher {

	/** Candidates reported in a result. */
	public static final int MAX_REPORTED = 5;

	private static final Comparator<Comparison> BEST_FIRST = Comparator.comparingDouble(Comparison::total)
		.reversed()
		.thenComparingInt(Comparison::candidateId);

	private final MatchIndex index;

	private final IntFunction<DemographicRecord> records;

	private final FellegiSunterScorer scorer;

	private final MatchParameters parameters;

	/**
	 * @param index the blocking index
	 * @param records the indexed record of an id (an array, a cache or a repository)
	 * @param scorer the pair scorer, carrying the parameters
	 */
	public PatientMatcher(MatchIndex index, IntFunction<DemographicRecord> records, FellegiSunterScorer scorer) {
		this.index = index;
		this.records = records;
		this.scorer = scorer;
		this.parameters = scorer.parameters();
	}

	public MatchResult match(DemographicRecord incoming) {
		int[] ids = index.candidates(incoming, parameters.maxBlockSize());
		if (ids.length == 0) {
			return new MatchResult(MatchDecision.NEW, MatchRule.NO_CANDIDATE, -1, List.of(), 0, null);
		}
		Prepared a = Prepared.of(incoming);
		List<Comparison> scored = new ArrayList<>(ids.length);
		Comparison sameNumber = null;
		Comparison conflicting = null;
		for (int id : ids) {
			Prepared b = Prepared.of(records.apply(id));
			Comparison c = scorer.compare(id, a, b);
			scored.add(c);
			if (a.validCitizenNumber() && b.validCitizenNumber()
					&& a.record().documentNumber().equals(b.record().documentNumber())) {
				if (c.level(Field.NAME) == Agreement.DISAGREE) {
					conflicting = better(conflicting, c);
				}
				else {
					sameNumber = better(sameNumber, c);
				}
			}
		}
		scored.sort(BEST_FIRST);
		Comparison best = scored.getFirst();
		if (sameNumber != null) {
			return new MatchResult(MatchDecision.LINK, MatchRule.DETERMINISTIC_ID, sameNumber.candidateId(),
					leading(sameNumber, scored), ids.length, best);
		}
		if (conflicting != null) {
			return new MatchResult(MatchDecision.REVIEW, MatchRule.ID_CONFLICT, -1, leading(conflicting, scored),
					ids.length, best);
		}
		if (best.total() >= parameters.linkThreshold()) {
			boolean ambiguous = scored.size() > 1 && scored.get(1).total() >= parameters.linkThreshold()
					&& best.total() - scored.get(1).total() < parameters.ambiguityMargin();
			if (ambiguous) {
				return new MatchResult(MatchDecision.REVIEW, MatchRule.AMBIGUOUS, -1, aboveReview(scored), ids.length,
						best);
			}
			if (!corroborated(best)) {
				return new MatchResult(MatchDecision.REVIEW, MatchRule.UNCORROBORATED, -1, aboveReview(scored),
						ids.length, best);
			}
			return new MatchResult(MatchDecision.LINK, MatchRule.PROBABILISTIC, best.candidateId(), aboveReview(scored),
					ids.length, best);
		}
		if (best.total() >= parameters.reviewThreshold()) {
			return new MatchResult(MatchDecision.REVIEW, MatchRule.PROBABILISTIC, -1, aboveReview(scored), ids.length,
					best);
		}
		return new MatchResult(MatchDecision.NEW, MatchRule.PROBABILISTIC, -1, List.of(), ids.length, best);
	}

	/**
	 * Something beyond name, birth date and sex agrees: the ID number, the phone or the
	 * address.
	 */
	private static boolean corroborated(Comparison c) {
		return agrees(c.level(Field.ID_NUMBER)) || agrees(c.level(Field.PHONE)) || agrees(c.level(Field.ADDRESS));
	}

	private static boolean agrees(Agreement level) {
		return level == Agreement.EXACT || level == Agreement.SIMILAR;
	}

	private List<Comparison> aboveReview(List<Comparison> sorted) {
		List<Comparison> out = new ArrayList<>(MAX_REPORTED);
		for (Comparison c : sorted) {
			if (c.total() < parameters.reviewThreshold() || out.size() == MAX_REPORTED) {
				break;
			}
			out.add(c);
		}
		return out;
	}

	private List<Comparison> leading(Comparison first, List<Comparison> sorted) {
		List<Comparison> out = new ArrayList<>(MAX_REPORTED);
		out.add(first);
		for (Comparison c : aboveReview(sorted)) {
			if (c != first && out.size() < MAX_REPORTED) {
				out.add(c);
			}
		}
		return out;
	}

	private static Comparison better(Comparison current, Comparison candidate) {
		return current == null || candidate.total() > current.total() ? candidate : current;
	}

}
