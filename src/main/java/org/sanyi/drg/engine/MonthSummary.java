package org.sanyi.drg.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sanyi.shared.Money;

/**
 * A hospital's DRG month from its paid cases (drg.md §5.5): <pre>
 * CMI                 = Σ RW ÷ cases with a weight                                     (4 decimals)
 * cost consumption    = Σ_g (k_g × n_g) ÷ Σ_g n_g,  k_g = hospital's mean cost in g ÷ the weights' mean cost of g
 * time consumption    = the same with length of stay
 * 结算率 (settle rate) = DRG fund payment ÷ fund payment by item of the same cases     (4 decimals; 1.0500 = 105%)
 * surplus             = Σ (DRG fund + patient paid − cost)
 * </pre> Groups without a baseline (no mean cost or LOS) are left out of the index they
 * lack.
 */
public final class MonthSummary {

	private MonthSummary() {
	}

	/** One paid case of the month. */
	public record PaidCase(String drg, BigDecimal rw, BigDecimal groupMeanCost, BigDecimal groupMeanLos,
			BigDecimal cost, int los, CasePayment.Kind kind, BigDecimal ffsFund, BigDecimal drgFund,
			BigDecimal surplus) {
	}

	/**
	 * Per-group figures of the month; {@code days} the cases' Σ length of stay (the
	 * components of the consumption indices over any group of hospitals).
	 */
	public record Group(String drg, int cases, BigDecimal rw, BigDecimal cost, BigDecimal drgFund, BigDecimal ffsFund,
			BigDecimal surplus, BigDecimal meanCost, BigDecimal meanLos, long days) {
	}

	public record Result(int cases, int drgCases, int ffsCases, int highCases, int lowCases, BigDecimal cmi,
			BigDecimal totalCost, BigDecimal drgFund, BigDecimal ffsFund, BigDecimal settleRate, BigDecimal surplus,
			BigDecimal costIndex, BigDecimal timeIndex, List<Group> groups) {

		public Result {
			groups = List.copyOf(groups);
		}

	}

	public static Result summarise(List<PaidCase> cases) {
		int weighted = 0;
		int drgCases = 0;
		int ffs = 0;
		int high = 0;
		int low = 0;
		BigDecimal rwSum = BigDecimal.ZERO;
		Money cost = Money.ZERO;
		Money drgFund = Money.ZERO;
		Money ffsFund = Money.ZERO;
		Money surplus = Money.ZERO;
		Map<String, List<PaidCase>> groups = new TreeMap<>();
		for (PaidCase c : cases) {
			cost = cost.plus(Money.of(c.cost()));
			drgFund = drgFund.plus(Money.of(c.drgFund()));
			ffsFund = ffsFund.plus(Money.of(c.ffsFund()));
			surplus = surplus.plus(Money.of(c.surplus()));
			switch (c.kind()) {
				case FFS -> ffs++;
				case HIGH -> high++;
				case LOW -> low++;
				case NORMAL -> {
				}
			}
			if (c.kind() != CasePayment.Kind.FFS) {
				drgCases++;
			}
			if (c.rw() != null && c.kind() != CasePayment.Kind.FFS) {
				weighted++;
				rwSum = rwSum.add(c.rw());
			}
			groups.computeIfAbsent(c.drg(), k -> new java.util.ArrayList<>()).add(c);
		}
		Map<String, Group> perGroup = new LinkedHashMap<>();
		BigDecimal costK = BigDecimal.ZERO;
		int costN = 0;
		BigDecimal timeK = BigDecimal.ZERO;
		int timeN = 0;
		for (var e : groups.entrySet()) {
			List<PaidCase> g = e.getValue();
			int n = g.size();
			BigDecimal gCost = total(g, PaidCase::cost);
			BigDecimal gLos = BigDecimal.valueOf(g.stream().mapToLong(PaidCase::los).sum());
			BigDecimal meanCost = gCost.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
			BigDecimal meanLos = gLos.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
			PaidCase first = g.getFirst();
			boolean drgPaid = first.rw() != null && g.stream().anyMatch(c -> c.kind() != CasePayment.Kind.FFS);
			if (drgPaid && first.groupMeanCost() != null && first.groupMeanCost().signum() > 0) {
				// k_g × n_g = (Σcost ÷ n ÷ baseline) × n = Σcost ÷ baseline
				costK = costK.add(gCost.divide(first.groupMeanCost(), 10, RoundingMode.HALF_UP));
				costN += n;
			}
			if (drgPaid && first.groupMeanLos() != null && first.groupMeanLos().signum() > 0) {
				timeK = timeK.add(gLos.divide(first.groupMeanLos(), 10, RoundingMode.HALF_UP));
				timeN += n;
			}
			perGroup.put(e.getKey(), new Group(e.getKey(), n, first.rw(), gCost, total(g, PaidCase::drgFund),
					total(g, PaidCase::ffsFund), total(g, PaidCase::surplus), meanCost, meanLos, gLos.longValue()));
		}
		return new Result(cases.size(), drgCases, ffs, high, low,
				weighted == 0 ? null : rwSum.divide(BigDecimal.valueOf(weighted), 4, RoundingMode.HALF_UP),
				cost.amount(), drgFund.amount(), ffsFund.amount(),
				ffsFund.isZero() ? null : drgFund.amount().divide(ffsFund.amount(), 4, RoundingMode.HALF_UP),
				surplus.amount(), costN == 0 ? null : costK.divide(BigDecimal.valueOf(costN), 4, RoundingMode.HALF_UP),
				timeN == 0 ? null : timeK.divide(BigDecimal.valueOf(timeN), 4, RoundingMode.HALF_UP),
				List.copyOf(perGroup.values()));
	}

	/** The sum of one amount of the cases, in money (fen; adding never rounds). */
	private static BigDecimal total(List<PaidCase> cases, java.util.function.Function<PaidCase, BigDecimal> amount) {
		Money sum = Money.ZERO;
		for (PaidCase c : cases) {
			sum = sum.plus(Money.of(amount.apply(c)));
		}
		return sum.amount();
	}

}
