package org.sanyi.insurance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.sanyi.shared.facts.DataElement;
import org.sanyi.shared.facts.DataElement.Unit;
import org.sanyi.shared.facts.DataElementCatalogue;
import org.sanyi.shared.facts.Dimensions;
import org.sanyi.shared.facts.Fact;

/**
 * The facts the global budgets (总额付费) contribute to the supervision platform: each
 * month's planned budget of a medical group's approved version and what the fund actually
 * paid at the group's members in that month (the spend the budget page measures: the
 * budget's fund, insured persons of the fund's region, members on the settlement date).
 * Both are booked on the group's lead institution on the month's first day, sliced by 险种
 * ({@code insutype} 310 for fund 310100, 390 for 390100), so 总额预算执行率 = Σ spend ÷ Σ budget
 * over any region or alliance and period. Insurance remembers what it reported and
 * reports only the difference to what it should be (a new version, late settlements,
 * reversals), so the facts stay append-only and the sums exact.
 */
public final class BudgetFacts {

	/** 总额预算 of the month (the approved version's monthly plan). */
	public static final String BUDGET = "ins.budget";

	/** 总额预算执行: the budget's fund paid at the group's members in the month. */
	public static final String SPEND = "ins.budget.spend";

	/** What the budgets report, with the dimension of each element. */
	public static final DataElementCatalogue CATALOGUE = DataElementCatalogue.of("insurance-budget",
			List.of(DataElement.of(BUDGET, "facts.ins.budget", Unit.YUAN, Dimensions.INSUTYPE),
					DataElement.of(SPEND, "facts.ins.budget.spend", Unit.YUAN, Dimensions.INSUTYPE)));

	private BudgetFacts() {
	}

	/** 险种 of a budget's fund: {@code 310100} → 310, {@code 390100} → 390. */
	public static String insutype(String fundPayType) {
		return fundPayType.substring(0, 3);
	}

	/**
	 * One value a budget should have reported (or has reported): element, institution and
	 * month (its first day) of one fund.
	 */
	public record Cell(String element, String institution, LocalDate month, String insutype) {

		public Cell {
			Objects.requireNonNull(element, "element");
			Objects.requireNonNull(institution, "institution");
			Objects.requireNonNull(month, "month");
			Objects.requireNonNull(insutype, "insutype");
		}

		Fact fact(BigDecimal value) {
			return new Fact(element, institution, month, Map.of(Dimensions.INSUTYPE, insutype), value);
		}

	}

	/**
	 * The facts that bring what was reported ({@code reported}) to what should be
	 * ({@code target}): one fact per cell whose value differs, with the difference; a
	 * cell missing on either side counts as zero.
	 */
	public static List<Fact> difference(Map<Cell, BigDecimal> target, Map<Cell, BigDecimal> reported) {
		Set<Cell> cells = new HashSet<>(target.keySet());
		cells.addAll(reported.keySet());
		List<Fact> facts = new ArrayList<>();
		cells.stream()
			.sorted(java.util.Comparator.comparing(Cell::element)
				.thenComparing(Cell::institution)
				.thenComparing(Cell::month)
				.thenComparing(Cell::insutype))
			.forEach(cell -> {
				BigDecimal change = target.getOrDefault(cell, BigDecimal.ZERO)
					.subtract(reported.getOrDefault(cell, BigDecimal.ZERO));
				if (change.signum() != 0) {
					facts.add(cell.fact(change));
				}
			});
		return facts;
	}

}
