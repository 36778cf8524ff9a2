package org.sanyi.insurance.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.sanyi.insurance.BudgetAdmin;

import org.springframework.stereotype.Service;

/**
 * {@link BudgetAdmin} for the demo generator, data migrations and tests: the same
 * services as the bureau's pages.
 */
@Service
class BudgetAdminService implements BudgetAdmin {

	private final BudgetVersions versions;

	private final BudgetStatements statements;

	private final BudgetPayments payments;

	private final BudgetFactReports facts;

	BudgetAdminService(BudgetVersions versions, BudgetStatements statements, BudgetPayments payments,
			BudgetFactReports facts) {
		this.versions = versions;
		this.statements = statements;
		this.payments = payments;
		this.facts = facts;
	}

	@Override
	public int reportFacts() {
		return facts.reportAll();
	}

	@Override
	public boolean hasBudgets() {
		return versions.hasBudgets();
	}

	@Override
	public long importBudget(NewBudget budget) {
		return versions.importBudget(budget);
	}

	@Override
	public Map<Integer, BigDecimal> monthlySpend(String allianceCode, String fundPayType, int year) {
		return statements.monthlySpend(allianceCode, fundPayType, year);
	}

	@Override
	public int postAdvances(long budgetId, int month, LocalDate on, String by) {
		return payments.postAdvances(budgetId, month, on, by);
	}

	@Override
	public BigDecimal clear(long budgetId, LocalDate on, String by) {
		return payments.clear(budgetId, on, by);
	}

}
