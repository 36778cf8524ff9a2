package org.sanyi.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanyi.demo.internal.DemoRegionGenerator;
import org.sanyi.insurance.BudgetAdmin;
import org.sanyi.insurance.BudgetAdmin.NewBudget;
import org.sanyi.insurance.BudgetAdmin.Share;
import org.sanyi.registry.Alliance;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo city's global budgets (总额付费): for every county medical community and city
 * medical group, and for the employees' pooled fund (310100) and the residents' fund
 * (390100), a budget for 2025 (global budgeting starts in November 2025 with the demo's
 * activity, so the period is November–December) and one for 2026, sized from the demo
 * activity itself (the year's fund spend at the members, scaled to the period and set a
 * few percent above or below, so some groups end with a surplus and some overspend).
 * Proposed by the city bureau's officer {@code ybj}, approved by {@code ybj_audit}. The
 * advances are posted on the first of each month from November 2025 to October 2026 (the
 * demo's months), and 2025 is cleared on 20 January 2026. Runs once, after the insurance
 * activity.
 */
@Component
@Order(320)
class DemoBudgets implements DemoStep {

	private static final Logger log = LoggerFactory.getLogger(DemoBudgets.class);

	private static final List<String> FUNDS = List.of("390100", "310100");

	/**
	 * How far each group's budget lies from its measured spend: above 1 a surplus, below
	 * 1 an overspend.
	 */
	private static final double[] FACTORS = { 1.04, 0.96, 1.08, 0.93, 1.02, 1.12, 0.98, 0.90 };

	private static final List<Share> SURPLUS = List.of(new Share(new BigDecimal("0.05"), BigDecimal.ONE),
			new Share(null, new BigDecimal("0.60")));

	private static final List<Share> OVERSPEND = List.of(new Share(new BigDecimal("0.10"), new BigDecimal("0.50")),
			new Share(null, BigDecimal.ZERO));

	/** The city groups advance more in the winter months (9, 8 … 8, 9, 10 %). */
	private static final List<BigDecimal> WINTER = List.of(9, 8, 8, 8, 8, 8, 8, 8, 8, 8, 9, 10)
		.stream()
		.map(BigDecimal::valueOf)
		.toList();

	private final BudgetAdmin budgets;

	private final Registry registry;

	DemoBudgets(BudgetAdmin budgets, Registry registry) {
		this.budgets = budgets;
		this.registry = registry;
	}

	@Override
	public String name() {
		return "global budgets";
	}

	@Override
	public boolean run() {
		if (budgets.hasBudgets()) {
			return false;
		}
		int n = 0;
		int created = 0;
		for (Alliance group : groups()) {
			for (String fund : FUNDS) {
				double factor = FACTORS[n++ % FACTORS.length];
				Map<Integer, BigDecimal> spend2025 = budgets.monthlySpend(group.code(), fund, 2025);
				Map<Integer, BigDecimal> spend2026 = budgets.monthlySpend(group.code(), fund, 2026);
				BigDecimal novDec = spend2025.get(11).add(spend2025.get(12));
				BigDecimal janOct = BigDecimal.ZERO;
				for (int m = 1; m <= 10; m++) {
					janOct = janOct.add(spend2026.get(m));
				}
				if (novDec.signum() > 0) {
					long id = budgets.importBudget(new NewBudget(group.code(), fund, 2025, size(novDec, factor), 11,
							List.of(), new BigDecimal("0.90"), SURPLUS, OVERSPEND, "总额付费自2025年11月起试行，按试行期两个月核定", "ybj",
							"ybj_audit"));
					budgets.postAdvances(id, 11, LocalDate.of(2025, 11, 1), "ybj");
					budgets.postAdvances(id, 12, LocalDate.of(2025, 12, 1), "ybj");
					budgets.clear(id, LocalDate.of(2026, 1, 20), "ybj");
					created++;
				}
				if (janOct.signum() > 0) {
					BigDecimal year = janOct.multiply(BigDecimal.valueOf(12))
						.divide(BigDecimal.TEN, 2, RoundingMode.HALF_UP);
					boolean cityGroup = group.kind() == Alliance.Kind.CITY_GROUP;
					long id = budgets.importBudget(new NewBudget(group.code(), fund, 2026, size(year, 2 - factor), 1,
							cityGroup ? WINTER : List.of(), new BigDecimal("0.90"), SURPLUS, OVERSPEND,
							"按2025年试行期基金支出和2026年就诊趋势核定年度预算", "ybj", "ybj_audit"));
					for (int m = 1; m <= 10; m++) {
						budgets.postAdvances(id, m, LocalDate.of(2026, m, 1), "ybj");
					}
					created++;
				}
			}
		}
		log.info("Demo global budgets: {} budgets with their advances, 2025 cleared", created);
		return true;
	}

	/** The spend × factor, rounded to whole hundreds of yuan as budgets are announced. */
	private static BigDecimal size(BigDecimal spend, double factor) {
		return spend.multiply(BigDecimal.valueOf(factor))
			.divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
			.max(BigDecimal.ONE)
			.multiply(BigDecimal.valueOf(100))
			.setScale(2);
	}

	/** The city's county medical communities and city medical groups, by code. */
	private List<Alliance> groups() {
		Map<String, Alliance> groups = new TreeMap<>();
		LocalDate day = LocalDate.of(2026, 1, 1);
		for (Institution i : registry.institutionsUnderRegion(DemoRegionGenerator.CITY_CODE)) {
			for (Alliance a : registry.alliancesOf(i.code(), day)) {
				if (a.kind() != Alliance.Kind.SPECIALTY) {
					groups.put(a.code(), a);
				}
			}
		}
		return List.copyOf(groups.values());
	}

}
