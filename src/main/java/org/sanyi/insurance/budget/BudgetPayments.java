package org.sanyi.insurance.budget;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.insurance.budget.BudgetRepository.Advance;
import org.sanyi.insurance.budget.BudgetStatements.Detail;
import org.sanyi.insurance.budget.engine.BudgetCalculator;
import org.sanyi.insurance.budget.engine.BudgetTerms;
import org.sanyi.insurance.budget.engine.YearEnd;
import org.sanyi.insurance.ledger.LedgerRepository;
import org.sanyi.insurance.support.Json;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Money;
import org.sanyi.shared.review.ReviewStatus;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the fund pays a medical group against its budget, posted to the ledger
 * ({@link BudgetPostings}): the monthly advances (月度预拨: a job on the first of each month
 * and a button; idempotent per group, fund and month) and the year-end clearing (年终清算) of
 * the spend against the budget with the surplus retained or the overspend shared.
 */
@Service
class BudgetPayments {

	private static final Logger log = LoggerFactory.getLogger(BudgetPayments.class);

	private final BudgetRepository budgets;

	private final BudgetVersions versions;

	private final BudgetStatements statements;

	private final LedgerRepository ledger;

	private final Clock clock;

	private final TransactionTemplate transactions;

	BudgetPayments(BudgetRepository budgets, BudgetVersions versions, BudgetStatements statements,
			LedgerRepository ledger, Clock insuranceClock, PlatformTransactionManager transactionManager) {
		this.budgets = budgets;
		this.versions = versions;
		this.statements = statements;
		this.ledger = ledger;
		this.clock = insuranceClock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** The page's button: posts the advances due up to the current month, dated today. */
	@Transactional
	public int advance(long id, String by, DataScope scope) {
		BudgetRow row = versions.get(id, scope);
		versions.requireEditable(row, scope);
		LocalDate today = LocalDate.now(clock);
		int month = row.year() < today.getYear() ? 12 : today.getMonthValue();
		if (row.year() > today.getYear() || month < row.terms().startMonth()) {
			throw new BusinessException(InsuranceErrors.BUDGET_ADVANCE_MONTH, row.year() + "-" + month);
		}
		return postAdvances(id, month, today, by);
	}

	@Transactional
	public int postAdvances(long budgetId, int month, LocalDate on, String by) {
		BudgetRow row = budgets.findForUpdate(budgetId)
			.orElseThrow(() -> BusinessException.notFound("budget", budgetId));
		if (row.status() != ReviewStatus.APPROVED) {
			throw new BusinessException(InsuranceErrors.BUDGET_NOT_APPROVED, row.code());
		}
		versions.requireOpenYear(row.allianceId(), row.fundPayType(), row.year());
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

	/**
	 * The first of each month at 03:00 (Asia/Shanghai): posts the advances due of every
	 * approved budget.
	 */
	@Scheduled(cron = "${sanyi.insurance.budget.advance-cron:0 0 3 1 * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "insurance-budget-advances", lockAtMostFor = "PT1H", lockAtLeastFor = "PT5M")
	void monthly() {
		LocalDate today = LocalDate.now(clock);
		for (BudgetRow row : budgets.approved(today.getYear())) {
			try {
				if (today.getMonthValue() >= row.terms().startMonth()
						&& budgets.clearing(row.allianceId(), row.fundPayType(), row.year()).isEmpty()) {
					transactions
						.executeWithoutResult(status -> postAdvances(row.id(), today.getMonthValue(), today, "system"));
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
		BudgetRow row = versions.get(id, scope);
		versions.requireEditable(row, scope);
		return clearOn(id, LocalDate.now(clock), by);
	}

	@Transactional
	public BigDecimal clear(long budgetId, LocalDate on, String by) {
		return clearOn(budgetId, on, by).finalAmount().amount();
	}

	private YearEnd clearOn(long budgetId, LocalDate on, String by) {
		BudgetRow row = budgets.findForUpdate(budgetId)
			.orElseThrow(() -> BusinessException.notFound("budget", budgetId));
		if (row.status() != ReviewStatus.APPROVED) {
			throw new BusinessException(InsuranceErrors.BUDGET_NOT_APPROVED, row.code());
		}
		versions.requireOpenYear(row.allianceId(), row.fundPayType(), row.year());
		if (!on.isAfter(LocalDate.of(row.year(), 12, 31)) || on.isAfter(LocalDate.now(clock))) {
			throw new BusinessException(InsuranceErrors.BUDGET_CLEARING_EARLY, row.year());
		}
		Detail detail = statements.detail(row);
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

}
