package org.sanyi.insurance.policy.replay.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanyi.insurance.engine.Accumulators;
import org.sanyi.insurance.engine.PolicyVersion;
import org.sanyi.insurance.engine.Settlement;
import org.sanyi.insurance.engine.SettlementEngine;
import org.sanyi.insurance.engine.Visit;
import org.sanyi.insurance.settlement.AccumulatorCodec;
import org.sanyi.shared.Money;

/**
 * Re-settles a person's recorded fund year under one policy version with the pure
 * {@link SettlementEngine}, the way the gateway settled it: in the order it happened,
 * from empty year-to-date totals, each settlement seeing the totals the earlier ones left
 * (as the gateway's lock on {@code ins_accumulator} orders them), a reversal taking back
 * exactly what its settlement added, and a later part of an admission (interim
 * settlement) bearing only what its standing earlier parts did not. With the version that
 * priced the year it gives back every recorded settlement to the fen
 * ({@code PolicyReplayTest}, {@code PolicyReplayIT}).
 *
 * <p>
 * The version is applied as if it had been in force the whole year (its dates are set to
 * the year): a draft that starts next year is asked what it would have done this year.
 * Pure and not shared between threads: one instance per worker.
 */
public final class PolicyReplay {

	private final SettlementEngine engine = new SettlementEngine();

	private final PolicyVersion policy;

	private final int year;

	public PolicyReplay(PolicyVersion version, int year) {
		this.policy = inForceThroughout(version, year);
		this.year = year;
	}

	/** The version with its rules unchanged, in force from 1 January to 31 December. */
	public static PolicyVersion inForceThroughout(PolicyVersion v, int year) {
		return new PolicyVersion(v.code(), v.region(), v.insutype(), LocalDate.of(year, 1, 1),
				LocalDate.of(year, 12, 31), v.deductibles(), v.ratios(), v.caps(), v.layers(),
				v.preSelfPayCountsAsInScopeSelfPay(), v.accountPaysOutOfScope(), v.referral());
	}

	public int year() {
		return year;
	}

	/**
	 * Replays one person's settlements and reversals of the year, given in the order they
	 * were posted. Returns every settlement with what it pays now and whether it still
	 * stands at the end of the year (a reversed one does not). A reversal of a settlement
	 * not among the events is ignored. Bad input (a visit the engine refuses) fails with
	 * the engine's {@code BusinessException}.
	 */
	public List<Replayed> person(List<RecordedSettlement> events) {
		Accumulators totals = Accumulators.empty(year);
		Map<String, Step> steps = new LinkedHashMap<>();
		Map<String, List<Step>> admissions = new HashMap<>();
		for (RecordedSettlement event : events) {
			if (event.isReversal()) {
				Step original = steps.get(event.reversalOf());
				if (original != null && original.standing) {
					totals = minus(totals, original.before, original.after);
					original.standing = false;
				}
				continue;
			}
			Visit visit = event.visit();
			List<Step> parts = event.inpatient() ? admissions.computeIfAbsent(visit.visitId(), id -> new ArrayList<>())
					: null;
			Money borne = parts == null ? null : borne(parts);
			if (borne != null) {
				visit = continuing(visit, borne);
			}
			Settlement settlement = engine.settle(policy, totals, visit, event.lines());
			Step step = new Step(event, Outcome.of(settlement), totals, settlement.accumulatorsAfter());
			steps.put(event.setlId(), step);
			if (parts != null) {
				parts.add(step);
			}
			totals = settlement.accumulatorsAfter();
		}
		List<Replayed> replayed = new ArrayList<>(steps.size());
		for (Step step : steps.values()) {
			replayed.add(new Replayed(step.event, step.outcome, step.standing));
		}
		return replayed;
	}

	/** The deductible the standing earlier parts of an admission bore; null when none. */
	private static Money borne(List<Step> parts) {
		Money sum = null;
		for (Step part : parts) {
			if (part.standing) {
				sum = (sum == null ? Money.ZERO : sum).plus(part.outcome.deductible());
			}
		}
		return sum;
	}

	private static Visit continuing(Visit v, Money borne) {
		return v.continuing(borne);
	}

	/**
	 * The totals without what one settlement added (after − before), as a reversal
	 * subtracts the stored {@code accum_delta}.
	 */
	private Accumulators minus(Accumulators totals, Accumulators before, Accumulators after) {
		var delta = AccumulatorCodec.delta(AccumulatorCodec.toMap(before), AccumulatorCodec.toMap(after));
		return AccumulatorCodec.fromMap(year, AccumulatorCodec.add(AccumulatorCodec.toMap(totals), delta, -1));
	}

	/**
	 * A recorded settlement with what the replayed version pays for it.
	 *
	 * @param recorded the settlement as recorded
	 * @param replayed what the version pays
	 * @param standing whether it still stands at the end of the year (not reversed)
	 */
	public record Replayed(RecordedSettlement recorded, Outcome replayed, boolean standing) {

		/** Whether anything it pays differs from what was recorded. */
		public boolean changed() {
			return replayed.differsFrom(recorded.recorded());
		}

	}

	private static final class Step {

		final RecordedSettlement event;

		final Outcome outcome;

		final Accumulators before;

		final Accumulators after;

		boolean standing = true;

		Step(RecordedSettlement event, Outcome outcome, Accumulators before, Accumulators after) {
			this.event = event;
			this.outcome = outcome;
			this.before = before;
			this.after = after;
		}

	}

}
