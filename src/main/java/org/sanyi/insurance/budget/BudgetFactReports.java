package org.sanyi.insurance.budget;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanyi.insurance.BudgetFacts;
import org.sanyi.insurance.BudgetFacts.Cell;
import org.sanyi.insurance.budget.BudgetRow.BudgetKey;
import org.sanyi.insurance.budget.engine.BudgetCalculator;
import org.sanyi.shared.Money;
import org.sanyi.shared.facts.Fact;
import org.sanyi.shared.facts.FactsReported;
import org.sanyi.shared.review.ReviewStatus;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reports the global budgets to the supervision platform as facts ({@link BudgetFacts}):
 * the approved version's monthly budget and the month's spend at the members, on the
 * group's lead institution. What was reported is kept ({@code ins_budget_fact}); a report
 * is the difference to what should be, published as {@link FactsReported} in the same
 * transaction (the outbox), so an approval reports its new amounts at once and the job
 * (every ten minutes) brings the spend up to date after new settlements and reversals.
 */
@Service
class BudgetFactReports {

	private static final Logger log = LoggerFactory.getLogger(BudgetFactReports.class);

	/** The source of the reports on monitoring's data-intake page. */
	static final String SOURCE = "insurance";

	private final BudgetRepository budgets;

	private final BudgetStatements statements;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transactions;

	BudgetFactReports(BudgetRepository budgets, BudgetStatements statements, ApplicationEventPublisher events,
			Clock insuranceClock, PlatformTransactionManager transactionManager) {
		this.budgets = budgets;
		this.statements = statements;
		this.events = events;
		this.clock = insuranceClock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** A version of a group's budget was approved (or imported approved). */
	record BudgetApproved(BudgetKey key) {
	}

	/** Reports an approved version within the approving transaction. */
	@EventListener
	void on(BudgetApproved approved) {
		report(approved.key());
	}

	/**
	 * Brings the facts of a group's budget of one fund and year to what they should be;
	 * returns the number of facts reported (0 when nothing changed).
	 */
	@Transactional
	public int report(BudgetKey key) {
		Map<Cell, BigDecimal> reported = budgets.reportedFacts(key);
		Map<Cell, BigDecimal> target = budgets.history(key.allianceId(), key.fundPayType(), key.year())
			.stream()
			.filter(r -> r.status() == ReviewStatus.APPROVED)
			.findFirst()
			.map(this::target)
			.orElse(Map.of());
		List<Fact> difference = BudgetFacts.difference(target, reported);
		if (difference.isEmpty()) {
			return 0;
		}
		budgets.addReportedFacts(key, difference);
		events.publishEvent(new FactsReported(
				"ins:budget:" + key.allianceId() + ":" + key.fundPayType() + ":" + key.year() + ":" + UUID.randomUUID(),
				SOURCE, difference));
		return difference.size();
	}

	/** What an approved version should have reported: its monthly plan and spend. */
	Map<Cell, BigDecimal> target(BudgetRow row) {
		Map<Cell, BigDecimal> target = new HashMap<>();
		String insutype = BudgetFacts.insutype(row.fundPayType());
		List<Money> plan = BudgetCalculator.monthlyBudget(row.terms());
		for (int m = 1; m <= 12; m++) {
			put(target, new Cell(BudgetFacts.BUDGET, row.leadInstitution(), LocalDate.of(row.year(), m, 1), insutype),
					plan.get(m - 1).amount());
		}
		statements.monthlySpend(row)
			.forEach((m, spend) -> put(target,
					new Cell(BudgetFacts.SPEND, row.leadInstitution(), LocalDate.of(row.year(), m, 1), insutype),
					spend.amount()));
		return target;
	}

	private static void put(Map<Cell, BigDecimal> target, Cell cell, BigDecimal value) {
		if (value.signum() != 0) {
			target.put(cell, value);
		}
	}

	/**
	 * Every ten minutes (after the first minute): the budgets of this year and the last,
	 * each in its own transaction, so late settlements and reversals reach the platform.
	 */
	@Scheduled(fixedDelayString = "${sanyi.insurance.budget.facts-delay:PT10M}",
			initialDelayString = "${sanyi.insurance.budget.facts-initial-delay:PT1M}")
	@SchedulerLock(name = "insurance-budget-facts", lockAtMostFor = "PT9M", lockAtLeastFor = "PT1M")
	void job() {
		reportAll();
	}

	/** The budgets of this year and the last, each in its own transaction. */
	int reportAll() {
		int facts = 0;
		for (BudgetRow row : budgets.approvedSince(LocalDate.now(clock).getYear() - 1)) {
			Integer n = transactions.execute(status -> report(row.key()));
			facts += n == null ? 0 : n;
		}
		if (facts > 0) {
			log.info("Global budgets: {} facts reported to the supervision platform", facts);
		}
		return facts;
	}

}
