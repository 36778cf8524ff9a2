package org.sanyi.insurance.internal;

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

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanyi.insurance.BudgetAdmin;
import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.insurance.budget.AdvanceRule;
import org.sanyi.insurance.budget.Band;
import org.sanyi.insurance.budget.BudgetCalculator;
import org.sanyi.insurance.budget.BudgetTerms;
import org.sanyi.insurance.budget.YearEnd;
import org.sanyi.insurance.internal.BudgetRepository.Advance;
import org.sanyi.insurance.internal.BudgetRepository.DaySpend;
import org.sanyi.registry.Alliance;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Membership;
import org.sanyi.registry.Registry;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Money;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The global budget (总额付费) of medical groups: yearly budgets per group and fund as versions reviewed by a second
 * officer (like the policy versions), the spend they are measured against (the fund's payments for settlements at
 * the group's members, membership dated by the settlement date, reversals deducted), the monthly advances (a job on
 * the first of each month and a button; idempotent per group, fund and month) and the year-end clearing, both posted
 * to the ledger ({@link BudgetPostings}).
 */
@Service
public class BudgetService implements BudgetAdmin {

	private static final Logger log = LoggerFactory.getLogger(BudgetService.class);

	/** The funds a global budget covers: the basic pooled funds of the two schemes. */
	public static final List<String> FUNDS = List.of("310100", "390100");

	private final BudgetRepository budgets;

	private final LedgerRepository ledger;

	private final Registry registry;

	private final Clock clock;

	private final TransactionTemplate transactions;

	BudgetService(BudgetRepository budgets, LedgerRepository ledger, Registry registry, Clock insuranceClock,
			PlatformTransactionManager transactionManager) {
		this.budgets = budgets;
		this.ledger = ledger;
		this.registry = registry;
		this.clock = insuranceClock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** What the bureau's form proposes: a new budget (group, fund, year) or, with {@code basedOn}, a new version. */
	public record Proposal(Long basedOn, String allianceCode, String fundPayType, int year, BudgetTerms terms,
			String summary) {
	}

	/** One month of a budget year. */
	public record MonthLine(int month, Money budget, Money cumulativeBudget, Money advance, Money cumulativeAdvance,
			Money spend, Money cumulativeSpend, long settlements) {
	}

	/** A member institution's spend in the budget period. */
	public record MemberLine(String code, String name, String grade, String role, LocalDate joinedOn,
			LocalDate leftOn, Money spend, long settlements) {
	}

	/** A budget in a list: spend and advances so far. */
	public record Summary(BudgetRow row, Money spend, Money advanced, BigDecimal executionRate, BudgetClearing clearing) {
	}

	/** Everything the group page shows. */
	public record Detail(BudgetRow row, BudgetTerms terms, List<MonthLine> months, List<MemberLine> members,
			Money spend, Money advanced, BigDecimal executionRate, BudgetClearing clearing, YearEnd trial, int monthsDue,
			boolean yearOver) {
	}

	// --- versions ---------------------------------------------------------------------------------------------------

	@Override
	public boolean hasBudgets() {
		return budgets.any();
	}

	@Override
	@Transactional
	public long importBudget(NewBudget b) {
		BudgetTerms terms = terms(b);
		Alliance alliance = group(b.allianceCode());
		checkFundAndYear(b.fundPayType(), b.year());
		if (!budgets.openForUpdate(alliance.id(), b.fundPayType(), b.year()).isEmpty()) {
			throw new BusinessException(InsuranceErrors.BUDGET_EXISTS, alliance.code(), b.fundPayType(), b.year());
		}
		return insert(alliance, b.fundPayType(), b.year(), terms, "APPROVED", null, b.summary(), b.proposedBy(),
				b.approvedBy());
	}

	/** Stores a PENDING version; a second officer approves it. */
	@Transactional
	public long propose(Proposal p, String proposer, DataScope scope) {
		if (p.basedOn() != null) {
			BudgetRow base = budgets.findForUpdate(p.basedOn()).filter(r -> visible(r, scope))
				.orElseThrow(() -> BusinessException.notFound("budget", p.basedOn()));
			requireEditable(base, scope);
			if (!"APPROVED".equals(base.status())) {
				throw new BusinessException(InsuranceErrors.BUDGET_BASE_OUTDATED, base.code());
			}
			requireOpenYear(base.allianceId(), base.fundPayType(), base.year());
			for (BudgetRow open : budgets.openForUpdate(base.allianceId(), base.fundPayType(), base.year())) {
				if ("PENDING".equals(open.status())) {
					throw new BusinessException(InsuranceErrors.BUDGET_EXISTS, base.allianceCode(), base.fundPayType(),
							base.year());
				}
			}
			Alliance alliance = group(base.allianceCode());
			return insert(alliance, base.fundPayType(), base.year(), p.terms(), "PENDING", base.id(), p.summary(),
					proposer, null);
		}
		Alliance alliance = group(p.allianceCode());
		checkFundAndYear(p.fundPayType(), p.year());
		if (!scope.coversRegion(poolingRegion(alliance))) {
			throw new BusinessException(InsuranceErrors.BUDGET_GROUP_INVALID, p.allianceCode());
		}
		requireOpenYear(alliance.id(), p.fundPayType(), p.year());
		if (!budgets.openForUpdate(alliance.id(), p.fundPayType(), p.year()).isEmpty()) {
			throw new BusinessException(InsuranceErrors.BUDGET_EXISTS, alliance.code(), p.fundPayType(), p.year());
		}
		return insert(alliance, p.fundPayType(), p.year(), p.terms(), "PENDING", null, p.summary(), proposer, null);
	}

	/** A second officer approves: the version it replaces is superseded, later advances follow the new terms. */
	@Transactional
	public void approve(long id, String reviewer, String note, DataScope scope) {
		BudgetRow row = pendingForReview(id, reviewer, scope);
		requireOpenYear(row.allianceId(), row.fundPayType(), row.year());
		for (BudgetRow open : budgets.openForUpdate(row.allianceId(), row.fundPayType(), row.year())) {
			if ("APPROVED".equals(open.status())) {
				budgets.supersede(open.id());
			}
		}
		budgets.review(id, "APPROVED", reviewer, note);
	}

	@Transactional
	public void reject(long id, String reviewer, String note, DataScope scope) {
		pendingForReview(id, reviewer, scope);
		budgets.review(id, "REJECTED", reviewer, note);
	}

	public BudgetRow get(long id, DataScope scope) {
		return budgets.find(id).filter(r -> visible(r, scope)).orElseThrow(() -> BusinessException.notFound("budget", id));
	}

	public List<BudgetRow> history(BudgetRow row) {
		return budgets.history(row.allianceId(), row.fundPayType(), row.year());
	}

	/** Whether the user may propose, review, advance and clear this budget: their scope covers the fund's region. */
	public boolean editable(BudgetRow row, DataScope scope) {
		return scope.coversRegion(row.region());
	}

	/**
	 * Whether the user may propose budgets at all: budgets belong to a pooling region (the city), so a scope inside
	 * one (a county bureau) reads them but proposes none.
	 */
	public boolean mayPropose(DataScope scope) {
		return switch (scope.kind()) {
			case ALL -> true;
			case REGION -> scope.regionCode() != null
					&& scope.coversRegion(InstitutionDirectory.poolingRegion(scope.regionCode()));
			default -> false;
		};
	}

	/** The medical groups (county medical communities, city medical groups) whose fund region the scope covers. */
	public List<Alliance> groups(DataScope scope, String regionCode) {
		Map<Long, Alliance> found = new TreeMap<>();
		LocalDate today = LocalDate.now(clock);
		for (Institution i : registry.institutionsUnderRegion(regionCode)) {
			for (Alliance a : registry.alliancesOf(i.code(), today)) {
				if (a.kind() != Alliance.Kind.SPECIALTY && scope.coversRegion(poolingRegion(a))) {
					found.put(a.id(), a);
				}
			}
		}
		return List.copyOf(found.values());
	}

	// --- lists and the group page -----------------------------------------------------------------------------------

	public List<Summary> list(DataScope scope, Integer year, String fund) {
		List<BudgetRow> rows = switch (scope.kind()) {
			case ALL -> budgets.list("", null, year, fund);
			case REGION -> budgets.list(scope.regionPrefix(), null, year, fund);
			case INSTITUTION -> budgets.list(null, scope.institutionCode(), year, fund);
			case SELF -> List.of();
		};
		List<Summary> summaries = new ArrayList<>();
		for (BudgetRow row : rows) {
			Money spend = Money.ZERO;
			for (Money m : monthlySpend(row).values()) {
				spend = spend.plus(m);
			}
			Money advanced = sum(budgets.advances(row.allianceId(), row.fundPayType(), row.year()));
			summaries.add(new Summary(row, spend, advanced, rate(spend, row.amount()),
					budgets.clearing(row.allianceId(), row.fundPayType(), row.year()).orElse(null)));
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
			months.add(new MonthLine(m, monthly.get(m - 1), cumBudget, advance, cumAdvance, spend[m], cumSpend, count[m]));
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
		YearEnd trial = clearing == null && yearOver && "APPROVED".equals(row.status())
				? BudgetCalculator.clear(terms, cumSpend, cumAdvance) : null;
		return new Detail(row, terms, months, members, cumSpend, cumAdvance, rate(cumSpend, row.amount()), clearing,
				trial, "APPROVED".equals(row.status()) && clearing == null ? monthsDue(row, terms, advances, today) : 0,
				yearOver);
	}

	@Override
	public Map<Integer, BigDecimal> monthlySpend(String allianceCode, String fundPayType, int year) {
		Alliance alliance = group(allianceCode);
		Map<Integer, BigDecimal> months = new TreeMap<>();
		for (int m = 1; m <= 12; m++) {
			months.put(m, BigDecimal.ZERO.setScale(2));
		}
		for (DaySpend d : memberDays(alliance.id(), poolingRegion(alliance), fundPayType, memberships(alliance.id()),
				LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))) {
			months.merge(d.date().getMonthValue(), d.amount(), BigDecimal::add);
		}
		return months;
	}

	private Map<Integer, Money> monthlySpend(BudgetRow row) {
		BudgetTerms terms = row.terms();
		Map<Integer, Money> months = new TreeMap<>();
		for (DaySpend d : memberDays(row, memberships(row.allianceId()), LocalDate.of(row.year(), terms.startMonth(), 1),
				LocalDate.of(row.year() + 1, 1, 1))) {
			months.merge(d.date().getMonthValue(), Money.of(d.amount()), Money::plus);
		}
		return months;
	}

	// --- advances and clearing --------------------------------------------------------------------------------------

	/** The page's button: posts the advances due up to the current month, dated today. */
	@Transactional
	public int advance(long id, String by, DataScope scope) {
		BudgetRow row = get(id, scope);
		requireEditable(row, scope);
		LocalDate today = LocalDate.now(clock);
		int month = row.year() < today.getYear() ? 12 : today.getMonthValue();
		if (row.year() > today.getYear() || month < row.terms().startMonth()) {
			throw new BusinessException(InsuranceErrors.BUDGET_ADVANCE_MONTH, row.year() + "-" + month);
		}
		return postAdvances(id, month, today, by);
	}

	@Override
	@Transactional
	public int postAdvances(long budgetId, int month, LocalDate on, String by) {
		BudgetRow row = budgets.findForUpdate(budgetId).orElseThrow(() -> BusinessException.notFound("budget", budgetId));
		if (!"APPROVED".equals(row.status())) {
			throw new BusinessException(InsuranceErrors.BUDGET_NOT_APPROVED, row.code());
		}
		requireOpenYear(row.allianceId(), row.fundPayType(), row.year());
		BudgetTerms terms = row.terms();
		if (month < terms.startMonth() || month > 12 || on.isAfter(LocalDate.now(clock))
				|| on.isBefore(LocalDate.of(row.year(), month, 1))) {
			throw new BusinessException(InsuranceErrors.BUDGET_ADVANCE_MONTH, row.year() + "-" + month);
		}
		Map<Integer, Advance> done = new HashMap<>();
		for (Advance a : budgets.advances(row.allianceId(), row.fundPayType(), row.year())) {
			done.put(a.month(), a);
		}
		Money paid = Money.ZERO;
		int posted = 0;
		for (int m = terms.startMonth(); m <= month; m++) {
			Advance existing = done.get(m);
			if (existing != null) {
				paid = paid.plus(Money.of(existing.amount()));
				continue;
			}
			Money due = BudgetCalculator.advanceDue(terms, m, paid);
			String txnId = String.format("BA:%d:%s:%d%02d", row.allianceId(), row.fundPayType(), row.year(), m);
			if (budgets.insertAdvance(row, m, due.amount(), txnId, on, by)) {
				ledger.post(BudgetPostings.advance(txnId, on, row, due.amount()));
				posted++;
			}
			paid = paid.plus(due);
		}
		return posted;
	}

	/** The first of each month at 03:00 (Asia/Shanghai): posts the advances due of every approved budget. */
	@Scheduled(cron = "${sanyi.insurance.budget.advance-cron:0 0 3 1 * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "insurance-budget-advances", lockAtMostFor = "PT1H", lockAtLeastFor = "PT5M")
	void monthly() {
		LocalDate today = LocalDate.now(clock);
		for (BudgetRow row : budgets.approved(today.getYear())) {
			try {
				if (today.getMonthValue() >= row.terms().startMonth()
						&& budgets.clearing(row.allianceId(), row.fundPayType(), row.year()).isEmpty()) {
					transactions.executeWithoutResult(
							status -> postAdvances(row.id(), today.getMonthValue(), today, "system"));
				}
			}
			catch (BusinessException ex) {
				log.warn("Budget {}: monthly advance not posted: {}", row.code(), ex.getMessage());
			}
		}
	}

	/** The page's button: the year-end clearing, dated today. */
	@Transactional
	public YearEnd clear(long id, String by, DataScope scope) {
		BudgetRow row = get(id, scope);
		requireEditable(row, scope);
		return clearOn(id, LocalDate.now(clock), by);
	}

	@Override
	@Transactional
	public BigDecimal clear(long budgetId, LocalDate on, String by) {
		return clearOn(budgetId, on, by).finalAmount().amount();
	}

	private YearEnd clearOn(long budgetId, LocalDate on, String by) {
		BudgetRow row = budgets.findForUpdate(budgetId).orElseThrow(() -> BusinessException.notFound("budget", budgetId));
		if (!"APPROVED".equals(row.status())) {
			throw new BusinessException(InsuranceErrors.BUDGET_NOT_APPROVED, row.code());
		}
		requireOpenYear(row.allianceId(), row.fundPayType(), row.year());
		if (!on.isAfter(LocalDate.of(row.year(), 12, 31)) || on.isAfter(LocalDate.now(clock))) {
			throw new BusinessException(InsuranceErrors.BUDGET_CLEARING_EARLY, row.year());
		}
		Detail detail = detail(row);
		YearEnd result = BudgetCalculator.clear(detail.terms(), detail.spend(), detail.advanced());
		Map<String, Object> snapshot = new LinkedHashMap<>();
		Map<String, BigDecimal> months = new LinkedHashMap<>();
		detail.months().forEach(m -> months.put(String.valueOf(m.month()), m.spend().amount()));
		Map<String, BigDecimal> members = new LinkedHashMap<>();
		detail.members().forEach(m -> members.merge(m.code(), m.spend().amount(), (a, b) -> a));
		snapshot.put("months", months);
		snapshot.put("members", members);
		String txnId = String.format("BC:%d:%s:%d", row.allianceId(), row.fundPayType(), row.year());
		budgets.insertClearing(row, new BudgetClearing(row.id(), result.budget().amount(), result.spend().amount(),
				result.surplus().amount(), result.overspend().amount(), result.retained().amount(),
				result.fundShare().amount(), result.groupShare().amount(), result.finalAmount().amount(),
				result.advanced().amount(), result.balanceDue().amount(), txnId, on, Json.write(snapshot), by, null));
		ledger.post(BudgetPostings.clearing(txnId, on, row, result));
		return result;
	}

	// --- helpers ----------------------------------------------------------------------------------------------------

	private long insert(Alliance alliance, String fund, int year, BudgetTerms terms, String status, Long basedOn,
			String summary, String proposer, String reviewer) {
		String code = alliance.code() + "-" + fund + "-" + year;
		String candidate = code;
		for (int n = 2; budgets.codeExists(candidate); n++) {
			candidate = code + "-v" + n;
		}
		return budgets.insert(new BudgetRepository.NewRow(candidate, alliance.id(), alliance.code(), alliance.name(),
				alliance.regionCode(), alliance.leadInstitutionCode(), poolingRegion(alliance), fund, year,
				terms.amount().amount(), BudgetJson.write(terms), status, basedOn, summary, proposer, reviewer));
	}

	private static BudgetTerms terms(NewBudget b) {
		List<Band> surplus = b.surplus().stream().map(s -> new Band(s.upTo(), s.share())).toList();
		List<Band> overspend = b.overspend().stream().map(s -> new Band(s.upTo(), s.share())).toList();
		return new BudgetTerms(BudgetJson.money(b.amount()), b.startMonth(),
				b.schedule().isEmpty() ? AdvanceRule.equal() : AdvanceRule.schedule(b.schedule()), b.advanceRatio(),
				surplus, overspend);
	}

	private Alliance group(String code) {
		Alliance alliance = code == null ? null : registry.allianceByCode(code.trim()).orElse(null);
		if (alliance == null || alliance.kind() == Alliance.Kind.SPECIALTY) {
			throw new BusinessException(InsuranceErrors.BUDGET_GROUP_INVALID, code);
		}
		return alliance;
	}

	private void checkFundAndYear(String fund, int year) {
		if (!FUNDS.contains(fund)) {
			throw new BusinessException(InsuranceErrors.BUDGET_FUND_INVALID, fund);
		}
		int now = LocalDate.now(clock).getYear();
		if (year < 2000 || year > now + 1) {
			throw new BusinessException(InsuranceErrors.BUDGET_VALUE_INVALID, "year", year);
		}
	}

	private void requireOpenYear(long allianceId, String fund, int year) {
		if (budgets.clearing(allianceId, fund, year).isPresent()) {
			throw new BusinessException(InsuranceErrors.BUDGET_YEAR_CLOSED, year);
		}
	}

	private BudgetRow pendingForReview(long id, String reviewer, DataScope scope) {
		BudgetRow row = budgets.findForUpdate(id).filter(r -> visible(r, scope))
			.orElseThrow(() -> BusinessException.notFound("budget", id));
		requireEditable(row, scope);
		if (!"PENDING".equals(row.status())) {
			throw new BusinessException(InsuranceErrors.BUDGET_NOT_PENDING, row.code());
		}
		if (row.proposedBy().equals(reviewer)) {
			throw new BusinessException(InsuranceErrors.BUDGET_REVIEW_OWN);
		}
		return row;
	}

	private void requireEditable(BudgetRow row, DataScope scope) {
		if (!editable(row, scope)) {
			throw BusinessException.notFound("budget", row.id());
		}
	}

	static boolean visible(BudgetRow row, DataScope scope) {
		return switch (scope.kind()) {
			case ALL -> true;
			case REGION -> row.allianceRegion().startsWith(scope.regionPrefix())
					|| row.region().startsWith(scope.regionPrefix());
			case INSTITUTION -> row.leadInstitution().equals(scope.institutionCode());
			case SELF -> false;
		};
	}

	/** The fund's pooling region of a group: the city of its region (市级统筹). */
	static String poolingRegion(Alliance alliance) {
		return alliance.regionCode().substring(0, 4) + "00";
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
