package org.sanyi.supervision.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;
import org.sanyi.supervision.rules.RuleBooks;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly batch audit (事后): every region with rules of its own audits its settlements
 * from the start of the year to yesterday under the rules in force. A settlement already
 * audited under the same rules version adds nothing, so running every night (or twice)
 * only raises what is new: new settlements, or all of them again under a new rules
 * version. One node runs it (ShedLock); the time is
 * {@code sanyi.supervision.nightly.cron}, {@code sanyi.supervision.nightly.enabled=false}
 * turns it off.
 */
@Component
class NightlyAudit {

	private static final Logger log = LoggerFactory.getLogger(NightlyAudit.class);

	static final String SYSTEM = "system";

	private final BatchAudit batch;

	private final RuleBooks books;

	private final boolean enabled;

	NightlyAudit(BatchAudit batch, RuleBooks books,
			@Value("${sanyi.supervision.nightly.enabled:true}") boolean enabled) {
		this.batch = batch;
		this.books = books;
		this.enabled = enabled;
	}

	@Scheduled(cron = "${sanyi.supervision.nightly.cron:0 30 2 * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "supervision-nightly-audit", lockAtMostFor = "PT4H", lockAtLeastFor = "PT5M")
	void nightly() {
		if (enabled) {
			run(PlatformTime.today());
		}
	}

	/** Audits every region with rules, the year up to the day before {@code today}. */
	List<BatchAudit.Outcome> run(LocalDate today) {
		LocalDate to = today.minusDays(1);
		LocalDate from = to.withDayOfYear(1);
		List<BatchAudit.Outcome> outcomes = new ArrayList<>();
		for (String region : books.regionsWithRules(to)) {
			try {
				BatchAudit.Outcome o = batch.run(region, from, to, SYSTEM, today);
				outcomes.add(o);
				log.info("Nightly audit of {} {}~{}: {} claims, {} lines, {} hits, {} new suspicions", region, from, to,
						o.claims(), o.lines(), o.suspicions(), o.created());
			}
			catch (BusinessException ex) {
				log.warn("Nightly audit of {} not run: {}", region, ex.error().code());
			}
		}
		return outcomes;
	}

}
