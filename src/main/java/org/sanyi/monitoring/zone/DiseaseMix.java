package org.sanyi.monitoring.zone;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sanyi.monitoring.analysis.Area;
import org.sanyi.monitoring.analysis.Areas;
import org.sanyi.monitoring.analysis.IndicatorQueries;
import org.sanyi.monitoring.engine.Period;
import org.sanyi.monitoring.facts.DrgMonthFacts;
import org.sanyi.registry.Institution;
import org.sanyi.shared.facts.Dimensions;

import org.springframework.stereotype.Service;

/**
 * The disease mix of an area (病种结构): the DRG month results' cases and fund by DRG
 * ({@code drg.group.cases}, {@code drg.group.fund}) of the area's hospitals, summed over
 * the period; the largest DRGs by cases and by fund, and the structure by major
 * diagnostic category (MDC: the DRG code's first letter, CHS-DRG).
 */
@Service
public class DiseaseMix {

	private final ZoneRepository facts;

	private final Areas areas;

	DiseaseMix(ZoneRepository facts, Areas areas) {
		this.facts = facts;
		this.areas = areas;
	}

	/** One DRG (or one MDC: {@code drg} is its letter) with its cases and fund. */
	public record Group(String drg, String name, BigDecimal cases, BigDecimal fund) {

		/** The MDC letter of a DRG code. */
		public String mdc() {
			return drg.isEmpty() ? "" : drg.substring(0, 1);
		}

		/** Fund per case, two decimals (null without cases). */
		public BigDecimal fundPerCase() {
			return cases.signum() == 0 ? null : fund.divide(cases, 2, java.math.RoundingMode.HALF_UP);
		}

	}

	/**
	 * @param groups every DRG, most cases first
	 * @param mdcs every MDC, most cases first
	 */
	public record Mix(List<Group> groups, List<Group> mdcs, BigDecimal cases, BigDecimal fund) {

		public List<Group> topByCases(int n) {
			return groups.stream().limit(n).toList();
		}

		public List<Group> topByFund(int n) {
			return groups.stream().sorted(Comparator.comparing(Group::fund).reversed()).limit(n).toList();
		}

		/** A part's share of the total cases in percent, two decimals. */
		public BigDecimal caseShare(Group g) {
			return cases.signum() == 0 ? null
					: g.cases().multiply(BigDecimal.valueOf(100)).divide(cases, 2, java.math.RoundingMode.HALF_UP);
		}

	}

	/**
	 * The last whole month with DRG month results for the area (looking back a year; a
	 * month is settled early in the next), else the last whole month.
	 */
	public Period latestMonth(Area area) {
		Period month = IndicatorQueries.lastMonth();
		for (int back = 0; back <= 12; back++) {
			Period candidate = month.periodsAway(-back);
			if (of(area, candidate.first(), candidate.last()).cases().signum() != 0) {
				return candidate;
			}
		}
		return month;
	}

	public Mix of(Area area, LocalDate first, LocalDate last) {
		List<String> institutions = area.kind() == Area.Kind.PLATFORM ? null
				: areas.institutions(area, last).stream().map(Institution::code).toList();
		Map<String, BigDecimal[]> byDrg = new TreeMap<>();
		for (ZoneRepository.Cell c : facts.grouped(List.of(DrgMonthFacts.GROUP_CASES, DrgMonthFacts.GROUP_FUND),
				Dimensions.DRG, Dimensions.DRG, institutions, null, first, last)) {
			if (c.first() == null) {
				continue;
			}
			BigDecimal[] sums = byDrg.computeIfAbsent(c.first(),
					k -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO.setScale(2) });
			int at = DrgMonthFacts.GROUP_CASES.equals(c.element()) ? 0 : 1;
			sums[at] = sums[at].add(c.total());
		}
		Map<String, String> names = facts.drgNames(byDrg.keySet());
		List<Group> groups = new ArrayList<>();
		Map<String, BigDecimal[]> byMdc = new TreeMap<>();
		BigDecimal cases = BigDecimal.ZERO;
		BigDecimal fund = BigDecimal.ZERO.setScale(2);
		for (Map.Entry<String, BigDecimal[]> e : byDrg.entrySet()) {
			BigDecimal[] v = e.getValue();
			if (v[0].signum() == 0 && v[1].signum() == 0) {
				continue;
			}
			Group g = new Group(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), v[0].stripTrailingZeros(),
					v[1].setScale(2));
			groups.add(g);
			BigDecimal[] m = byMdc.computeIfAbsent(g.mdc(),
					k -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO.setScale(2) });
			m[0] = m[0].add(g.cases());
			m[1] = m[1].add(g.fund());
			cases = cases.add(g.cases());
			fund = fund.add(g.fund());
		}
		Comparator<Group> mostCases = Comparator.comparing(Group::cases).reversed().thenComparing(Group::drg);
		groups.sort(mostCases);
		List<Group> mdcs = new ArrayList<>();
		byMdc.forEach((letter, v) -> mdcs.add(new Group(letter, "MDC" + letter, v[0], v[1])));
		mdcs.sort(mostCases);
		return new Mix(List.copyOf(groups), List.copyOf(mdcs), cases, fund);
	}

}
