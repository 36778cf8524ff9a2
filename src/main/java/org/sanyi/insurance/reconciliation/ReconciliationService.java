package org.sanyi.insurance.reconciliation;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The platform's own reconciliation: checks the invariants of the settlement data every
 * night (and on demand) and stores the result. Every posting sums to zero; every
 * settlement's ledger entries equal its amounts (the institution's receivable the medical
 * fees, cash, account and funds what they paid); its fund rows add up to its fund total;
 * each reversed settlement has exactly one reversal; the year-to-date totals equal the
 * sum of the settlements' deltas; every personal account's balance equals its ledger
 * entries; every acknowledged settlement message (2207/2304) has its settlement; every
 * global-budget advance and clearing is posted with its amounts, and what each group
 * holds in advances equals its uncleared advances; the whole ledger sums to zero.
 */
@Service
public class ReconciliationService {

	private static final Logger log = LoggerFactory.getLogger(ReconciliationService.class);

	private static final int MAX_DETAILS = 100;

	private final ReconciliationRepository checks;

	ReconciliationService(ReconciliationRepository checks) {
		this.checks = checks;
	}

	/** One broken invariant. */
	public record Problem(String check, String key, String expected, String actual) {
	}

	/** A stored run. */
	public record Run(long id, String trigger, String triggeredBy, OffsetDateTime startedAt, OffsetDateTime finishedAt,
			long settlements, long ledgerEntries, long accumulators, long accounts, int problems, boolean ok,
			List<Problem> details) {
	}

	/**
	 * Every night at 02:30 (Asia/Shanghai); {@code sanyi.insurance.reconcile.cron}
	 * changes it, "-" disables it.
	 */
	@Scheduled(cron = "${sanyi.insurance.reconcile.cron:0 30 2 * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "insurance-reconciliation", lockAtMostFor = "PT2H", lockAtLeastFor = "PT5M")
	void nightly() {
		Run run = run("SCHEDULED", null);
		if (!run.ok()) {
			log.warn("Insurance reconciliation found {} problems (run {})", run.problems(), run.id());
		}
	}

	/** Checks every invariant now and stores the result. */
	public Run run(String trigger, String user) {
		OffsetDateTime started = OffsetDateTime.now();
		List<Problem> problems = new ArrayList<>();
		int total = 0;
		for (String check : ReconciliationRepository.ORDER) {
			List<Problem> found = checks.check(check);
			total += found.size();
			for (Problem p : found) {
				if (problems.size() < MAX_DETAILS) {
					problems.add(p);
				}
			}
		}
		long settlements = checks.count("ins_settlement");
		long entries = checks.count("ins_ledger_entry");
		long accumulators = checks.count("ins_accumulator");
		long accounts = checks.count("ins_personal_account");
		OffsetDateTime finished = OffsetDateTime.now();
		long id = checks.insert(trigger, user, started, finished, settlements, entries, accumulators, accounts, total,
				problems);
		return new Run(id, trigger, user, started, finished, settlements, entries, accumulators, accounts, total,
				total == 0, problems);
	}

	public List<Run> recent(int limit) {
		return checks.recent(limit);
	}

	public Optional<Run> find(long id) {
		return checks.find(id);
	}

}
