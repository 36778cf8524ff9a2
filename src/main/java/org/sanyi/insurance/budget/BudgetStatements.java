package org.sanyi.insurance.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.sanyi.insurance.BudgetAdmin;
import org.sanyi.insurance.budget.BudgetRepository.Advance;
import org.sanyi.insurance.budget.BudgetRepository.DaySpend;
import org.sanyi.insurance.budget.BudgetRepository.FundDaySpend;
import org.sanyi.insurance.budget.engine.BudgetCalculator;
import org.sanyi.insurance.budget.engine.BudgetTerms;
import org.sanyi.insurance.budget.engine.YearEnd;
import org.sanyi.registry.Alliance;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Membership;
import org.sanyi.registry.Registry;
import org.sanyi.security.DataScope;
import org.sanyi.shared.Money;
import org.sanyi.shared.review.ReviewStatus;

import org.springframework.stereotype.Service;

/**
 * What a budget stands at: the spend it is measured against (the fund's payments for
 * settlements at the group's members, membership dated by the settlement date, reversals
 * deducted) per month and member, the advances posted, the execution rate and the
 * year-end result, for the list and the group page.
 */
@Service
class BudgetStatements {

	private final BudgetRepository budgets;

	private final BudgetVersions versions;

	private final Registry registry;

	private final Clock clock;

	BudgetStatements(BudgetRepository budgets, BudgetVersions versions, Registry registry, Clock insuranceClock) {
		this.budgets = budgets;
		this.versions = versions;
		this.registry = registry;
		this.clock = insuranceClock;
	}

	/** One month of a budget year. */
	public record MonthLine(int month, Money budget, Money cumulativeBudget, Money advance, Money cumulativeAdvance,
			Money spend, Money cumulativeSpend, long settlements) {
	}

	/** A member institution's spend in the budget period. */
	public record MemberLine(String code, String name, String grade, String role, LocalDate joinedOn, LocalDate leftOn,
			Money spend, long settlements) {
	}

	/** A budget in a list: spend and advances so far. */
	public record Summary(BudgetRow row, Money spend, Money advanced, BigDecimal executionRate,
			BudgetClearing clearing) {
	}

	/** Everything the group page shows. */
	public record Detail(BudgetRow row, BudgetTerms terms, List<MonthLine> months, List<MemberLine> members,
			Money spend, Money advanced, BigDecimal executionRate, BudgetClearing clearing, YearEnd trial,
			int monthsDue, boolean yearOver) {
	}

	public List<Summary> list(DataScope scope, Integer year, String fund) {
		List<BudgetRow> rows = switch (scope.kind()) {
			case ALL -> budgets.list("", null, year, fund);
			case REGION -> budgets.list(scope.regionPrefix(), null, year, fund);
			case INSTITUTION -> budgets.list(null, scope.institutionCode(), year, fund);
			case SELF -> List.of();
		};
		if (rows.isEmpty()) {
			return List.of();
		}
		// three statements for the whole list (spend, advances, clearings) and the
		// members of each group once
		Map<Long, Map<String, List<Membership>>> members = new HashMap<>();
		Set<String> institutions = new LinkedHashSet<>();
		LocalDate from = null;
		LocalDate to = null;
		for (BudgetRow row : rows) {
			institutions.addAll(members.computeIfAbsent(row.allianceId(), this::memberships).keySet());
			LocalDate start = LocalDate.of(row.year(), row.terms().startMonth(), 1);
			from = from == null || start.isBefore(from) ? start : from;
			to = to == null || row.year() + 1 > to.getYear() ? LocalDate.of(row.year() + 1, 1, 1) : to;
		}
		List<FundDaySpend> days = budgets.spend(institutions, rows.stream().map(BudgetRow::fundPayType).toList(),
				rows.stream().map(BudgetRow::region).toList(), from, to);
		Set<Long> alliances = members.keySet();
		Map<String, BigDecimal> advanced = budgets.advanced(alliances);
		Map<String, BudgetClearing> clearings = budgets.clearings(alliances);
		List<Summary> summaries = new ArrayList<>();
		for (BudgetRow row : rows) {
			Map<String, List<Membership>> memberships = members.get(row.allianceId());
			LocalDate start = LocalDate.of(row.year(), row.terms().startMonth(), 1);
			LocalDate end = LocalDate.of(row.year() + 1, 1, 1);
			Money spend = Money.ZERO;
			for (FundDaySpend d : days) {
				if (d.fund().equals(row.fundPayType()) && d.region().equals(row.region()) && !d.date().isBefore(start)
						&& d.date().isBefore(end) && memberships.containsKey(d.institution())
						&& memberships.get(d.institution()).stream().anyMatch(m -> m.activeOn(d.date()))) {
					spend = spend.plus(Money.of(d.amount()));
				}
			}
			Money paid = Money.of(advanced.getOrDefault(row.accountKey(), BigDecimal.ZERO.setScale(2)));
			summaries.add(new Summary(row, spend, paid, rate(spend, row.amount()), clearings.get(row.accountKey())));
		}
		return summaries;
	}

	public Detail detail(BudgetRow row) {
		BudgetTerms terms = row.terms();
		LocalDate from = LocalDate.of(row.year(), terms.startMonth(), 1);
		LocalDate to = LocalDate.of(row.year() + 1, 1, 1);
		Map<String, List<Membership>> memberships = memberships(row.allianceId());
		List<DaySpend> days = memberDays(row, memberships, from, to);
		Money[] spend = new Money[13];
		long[] count = new long[13];
		java.util.Arrays.fill(spend, Money.ZERO);
		Map<String, Money> byMember = new HashMap<>();
		Map<String, Long> countByMember = new HashMap<>();
		for (DaySpend d : days) {
			int m = d.date().getMonthValue();
			spend[m] = spend[m].plus(Money.of(d.amount()));
			count[m] += d.settlements();
			byMember.merge(d.institution(), Money.of(d.amount()), Money::plus);
			countByMember.merge(d.institution(), d.settlements(), Long::sum);
		}
		Map<Integer, Advance> advances = new HashMap<>();
		for (Advance a : budgets.advances(row.allianceId(), row.fundPayType(), row.year())) {
			advances.put(a.month(), a);
		}
		List<MonthLine> months = new ArrayList<>();
		List<Money> monthly = BudgetCalculator.monthlyBudget(terms);
		Money cumBudget = Money.ZERO;
		Money cumAdvance = Money.ZERO;
		Money cumSpend = Money.ZERO;
		for (int m = 1; m <= 12; m++) {
			Advance a = advances.get(m);
			Money advance = a == null ? Money.ZERO : Money.of(a.amount());
			cumBudget = cumBudget.plus(monthly.get(m - 1));
			cumAdvance = cumAdvance.plus(advance);
			cumSpend = cumSpend.plus(spend[m]);
			months.add(
					new MonthLine(m, monthly.get(m - 1), cumBudget, advance, cumAdvance, spend[m], cumSpend, count[m]));
		}
		List<MemberLine> members = new ArrayList<>();
		for (Map.Entry<String, List<Membership>> e : memberships.entrySet()) {
			for (Membership ms : e.getValue()) {
				if (ms.joinedOn().isBefore(to) && (ms.leftOn() == null || ms.leftOn().isAfter(from))) {
					Optional<Institution> inst = registry.institution(e.getKey());
					members.add(new MemberLine(e.getKey(), inst.map(Institution::name).orElse(e.getKey()),
							inst.map(i -> i.grade().name()).orElse(""), ms.role().name(), ms.joinedOn(), ms.leftOn(),
							byMember.getOrDefault(e.getKey(), Money.ZERO), countByMember.getOrDefault(e.getKey(), 0L)));
					byMember.remove(e.getKey());
				}
			}
		}
		members.sort((a, b) -> b.spend().compareTo(a.spend()));
		BudgetClearing clearing = budgets.clearing(row.allianceId(), row.fundPayType(), row.year()).orElse(null);
		LocalDate today = LocalDate.now(clock);
		boolean yearOver = today.isAfter(LocalDate.of(row.year(), 12, 31));
		YearEnd trial = clearing == null && yearOver && row.status() == ReviewStatus.APPROVED
				? BudgetCalculator.clear(terms, cumSpend, cumAdvance) : null;
		return new Detail(row, terms, months, members, cumSpend, cumAdvance, rate(cumSpend, row.amount()), clearing,
				trial,
				row.status() == ReviewStatus.APPROVED && clearing == null ? monthsDue(row, terms, advances, today) : 0,
				yearOver);
	}

	/**
	 * The fund's payments at the group's members per month of a year
	 * ({@link BudgetAdmin#monthlySpend}).
	 */
	public Map<Integer, BigDecimal> monthlySpend(String allianceCode, String fundPayType, int year) {
		Alliance alliance = versions.group(allianceCode);
		Map<Integer, BigDecimal> months = new TreeMap<>();
		for (int m = 1; m <= 12; m++) {
			months.put(m, BigDecimal.ZERO.setScale(2));
		}
		for (DaySpend d : memberDays(alliance.id(), BudgetVersions.poolingRegion(alliance), fundPayType,
				memberships(alliance.id()), LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))) {
			months.merge(d.date().getMonthValue(), d.amount(), BigDecimal::add);
		}
		return months;
	}

	/**
	 * The spend of a budget's period by month (months without spend absent): what the
	 * budget is measured against, also reported as facts ({@link BudgetFactReports}).
	 */
	Map<Integer, Money> monthlySpend(BudgetRow row) {
		BudgetTerms terms = row.terms();
		Map<Integer, Money> months = new TreeMap<>();
		for (DaySpend d : memberDays(row, memberships(row.allianceId()),
				LocalDate.of(row.year(), terms.startMonth(), 1), LocalDate.of(row.year() + 1, 1, 1))) {
			months.merge(d.date().getMonthValue(), Money.of(d.amount()), Money::plus);
		}
		return months;
	}

	private Map<String, List<Membership>> memberships(long allianceId) {
		Map<String, List<Membership>> byInstitution = new LinkedHashMap<>();
		for (Membership m : registry.memberships(allianceId)) {
			byInstitution.computeIfAbsent(m.institutionCode(), k -> new ArrayList<>()).add(m);
		}
		return byInstitution;
	}

	private List<DaySpend> memberDays(BudgetRow row, Map<String, List<Membership>> memberships, LocalDate from,
			LocalDate to) {
		return memberDays(row.allianceId(), row.region(), row.fundPayType(), memberships, from, to);
	}

	/** The spend of the institutions on the days they were members. */
	private List<DaySpend> memberDays(long allianceId, String region, String fund,
			Map<String, List<Membership>> memberships, LocalDate from, LocalDate to) {
		Set<String> codes = new LinkedHashSet<>(memberships.keySet());
		List<DaySpend> days = new ArrayList<>();
		for (DaySpend d : budgets.spend(codes, fund, region, from, to)) {
			if (memberships.get(d.institution()).stream().anyMatch(m -> m.activeOn(d.date()))) {
				days.add(d);
			}
		}
		return days;
	}

	private int monthsDue(BudgetRow row, BudgetTerms terms, Map<Integer, Advance> advances, LocalDate today) {
		if (row.year() > today.getYear()) {
			return 0;
		}
		int last = row.year() < today.getYear() ? 12 : today.getMonthValue();
		int due = 0;
		for (int m = terms.startMonth(); m <= last; m++) {
			if (!advances.containsKey(m)) {
				due++;
			}
		}
		return due;
	}

	private static Money sum(List<Advance> advances) {
		Money total = Money.ZERO;
		for (Advance a : advances) {
			total = total.plus(Money.of(a.amount()));
		}
		return total;
	}

	/** spend ÷ budget in percent, two decimals (for display). */
	private static BigDecimal rate(Money spend, BigDecimal budget) {
		return spend.amount().multiply(BigDecimal.valueOf(100)).divide(budget, 2, RoundingMode.HALF_UP);
	}

}
