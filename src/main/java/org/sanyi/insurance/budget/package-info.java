/**
 * The global budget (总额付费) of medical groups: reviewed versions (BudgetVersions), what a
 * budget stands at (BudgetStatements), the monthly advances and the year-end clearing
 * posted to the ledger (BudgetPayments), their repository, pages and REST. The pure
 * calculations are in budget.engine.
 */
package org.sanyi.insurance.budget;
