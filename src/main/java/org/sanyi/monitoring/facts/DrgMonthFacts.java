package org.sanyi.monitoring.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanyi.drg.DrgMonthSettled;
import org.sanyi.shared.facts.DataElement;
import org.sanyi.shared.facts.DataElement.Unit;
import org.sanyi.shared.facts.DataElementCatalogue;
import org.sanyi.shared.facts.Dimensions;
import org.sanyi.shared.facts.Fact;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A hospital's DRG month result (the DRG module's {@link DrgMonthSettled}) as facts, on
 * the first day of the month: cases, cases paid by DRG, their total relative weight, what
 * the fund pays under DRG and what it paid by item for the same cases — the components of
 * DRG 结算率 (DRG fund ÷ item fund) and CMI (Σ RW ÷ DRG cases), summable over any region. A
 * month settled again replaces the result: the report counts the difference between the
 * new result and what is counted, so facts stay append-only and sums exact. Results of
 * one hospital-month are counted one at a time (an advisory lock), and a result older
 * than the one counted (a replayed or late event) changes nothing.
 */
@Service
public class DrgMonthFacts {

	public static final String CASES = "drg.cases";

	public static final String DRG_CASES = "drg.drg_cases";

	public static final String RW = "drg.rw";

	public static final String DRG_FUND = "drg.fund";

	public static final String FFS_FUND = "drg.ffs_fund";

	/** The month's cases of one DRG ({@code drg=<code>}): the disease mix. */
	public static final String GROUP_CASES = "drg.group.cases";

	/** What the fund pays for one DRG's cases of the month ({@code drg=<code>}). */
	public static final String GROUP_FUND = "drg.group.fund";

	/**
	 * The medical cost of one DRG's cases of the month ({@code drg=<code>}): with
	 * {@link #GROUP_CASES}, the hospital's and the region's mean cost of the DRG
	 * (费用消耗指数).
	 */
	public static final String GROUP_COST = "drg.group.cost";

	/**
	 * The Σ length of stay of one DRG's cases of the month ({@code drg=<code>}) (时间消耗指数).
	 */
	public static final String GROUP_DAYS = "drg.group.days";

	/** The DRG elements monitoring derives from the DRG module's month results. */
	public static final DataElementCatalogue CATALOGUE = DataElementCatalogue.of("drg",
			List.of(DataElement.of(CASES, "facts.drg.cases", Unit.COUNT),
					DataElement.of(DRG_CASES, "facts.drg.drg_cases", Unit.COUNT),
					DataElement.of(RW, "facts.drg.rw", Unit.QUANTITY),
					DataElement.of(DRG_FUND, "facts.drg.fund", Unit.YUAN),
					DataElement.of(FFS_FUND, "facts.drg.ffs_fund", Unit.YUAN),
					DataElement.of(GROUP_CASES, "facts.drg.group.cases", Unit.COUNT, Dimensions.DRG),
					DataElement.of(GROUP_FUND, "facts.drg.group.fund", Unit.YUAN, Dimensions.DRG),
					DataElement.of(GROUP_COST, "facts.drg.group.cost", Unit.YUAN, Dimensions.DRG),
					DataElement.of(GROUP_DAYS, "facts.drg.group.days", Unit.DAY, Dimensions.DRG)));

	private static final List<String> ELEMENTS = List.of(CASES, DRG_CASES, RW, DRG_FUND, FFS_FUND, GROUP_CASES,
			GROUP_FUND, GROUP_COST, GROUP_DAYS);

	private final FactStore store;

	private final FactRepository facts;

	DrgMonthFacts(FactStore store, FactRepository facts) {
		this.store = store;
		this.facts = facts;
	}

	/** The report key prefix of one hospital-month; the key adds when it was settled. */
	static String prefix(DrgMonthSettled e) {
		return "drg:month:" + e.institutionCode() + ":" + e.month() + ":";
	}

	/**
	 * The key of this result: results of a month sort by the time they were settled.
	 */
	static String key(DrgMonthSettled e) {
		return prefix(e) + "%019d".formatted(e.settledAt().toInstant().toEpochMilli());
	}

	/**
	 * The month's values by element and DRG (empty for the hospital's totals): Σ RW is
	 * CMI × DRG cases (the event's CMI has four decimals).
	 */
	static Map<Slot, BigDecimal> values(DrgMonthSettled e) {
		Map<Slot, BigDecimal> v = new LinkedHashMap<>();
		v.put(new Slot(CASES, ""), BigDecimal.valueOf(e.cases()));
		v.put(new Slot(DRG_CASES, ""), BigDecimal.valueOf(e.drgCases()));
		v.put(new Slot(RW, ""), e.cmi() == null ? BigDecimal.ZERO
				: e.cmi().multiply(BigDecimal.valueOf(e.drgCases())).setScale(4, RoundingMode.HALF_UP));
		v.put(new Slot(DRG_FUND, ""), e.drgFund() == null ? BigDecimal.ZERO : e.drgFund());
		v.put(new Slot(FFS_FUND, ""), e.ffsFund() == null ? BigDecimal.ZERO : e.ffsFund());
		for (DrgMonthSettled.Group g : e.groups()) {
			v.merge(new Slot(GROUP_CASES, g.drg()), BigDecimal.valueOf(g.cases()), BigDecimal::add);
			v.merge(new Slot(GROUP_FUND, g.drg()), g.fund() == null ? BigDecimal.ZERO : g.fund(), BigDecimal::add);
			v.merge(new Slot(GROUP_COST, g.drg()), g.cost() == null ? BigDecimal.ZERO : g.cost(), BigDecimal::add);
			v.merge(new Slot(GROUP_DAYS, g.drg()), BigDecimal.valueOf(g.days()), BigDecimal::add);
		}
		return v;
	}

	/** An element of the month, for one DRG or (empty) for the hospital's total. */
	record Slot(String element, String drg) {

		Map<String, String> dimensions() {
			return drg.isEmpty() ? Map.of() : Map.of(Dimensions.DRG, drg);
		}

	}

	/** Counts the result, replacing the month's earlier one; {@code false} when stale. */
	@Transactional
	public boolean record(DrgMonthSettled e) {
		String prefix = prefix(e);
		String key = key(e);
		facts.lock(prefix);
		if (facts.latestKey(prefix).map(latest -> latest.compareTo(key) >= 0).orElse(false)) {
			return false;
		}
		LocalDate day = e.month().atDay(1);
		Map<Slot, BigDecimal> counted = facts.countedByDimension(e.institutionCode(), day, ELEMENTS, Dimensions.DRG);
		Map<Slot, BigDecimal> target = values(e);
		Set<Slot> slots = new LinkedHashSet<>(target.keySet());
		slots.addAll(counted.keySet());
		List<Fact> difference = new ArrayList<>();
		for (Slot slot : slots) {
			BigDecimal change = target.getOrDefault(slot, BigDecimal.ZERO)
				.subtract(counted.getOrDefault(slot, BigDecimal.ZERO));
			if (change.signum() != 0) {
				difference.add(new Fact(slot.element(), e.institutionCode(), day, slot.dimensions(), change));
			}
		}
		Map<String, String> names = new java.util.TreeMap<>();
		for (DrgMonthSettled.Group g : e.groups()) {
			if (g.name() != null && !g.name().isBlank()) {
				names.put(g.drg(), g.name().length() > 200 ? g.name().substring(0, 200) : g.name());
			}
		}
		facts.rememberDrgNames(names);
		return store.record(key, "drg", difference).counted();
	}

}
