/**
 * The global budget (总额付费) of medical groups as a pure calculation, without Spring or IO:
 * a group's yearly budget terms ({@link org.sanyi.insurance.budget.engine.BudgetTerms}:
 * amount, budget period, monthly advance rule, surplus-retained and overspend-sharing
 * bands), the monthly advances they make due, and the year-end clearing (年终清算) of the
 * year's spend against the budget
 * ({@link org.sanyi.insurance.budget.engine.BudgetCalculator}).
 */
package org.sanyi.insurance.budget.engine;
