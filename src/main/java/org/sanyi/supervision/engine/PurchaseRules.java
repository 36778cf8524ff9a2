package org.sanyi.supervision.engine;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/** 高频购药 and 超量购药: a drug bought again and again across visits. */
final class PurchaseRules {

	/** What a 高频购药 finding says, by the rule's window. */
	private static final java.util.Map<TimeWindow, String> FREQUENT_REASONS = java.util.Map.of(TimeWindow.MONTH,
			"FREQUENT_PURCHASE", TimeWindow.DAY, "FREQUENT_PURCHASE_DAY", TimeWindow.YEAR, "FREQUENT_PURCHASE_YEAR",
			TimeWindow.INSURANCE_YEAR, "FREQUENT_PURCHASE_YEAR", TimeWindow.VISIT, "FREQUENT_PURCHASE");

	private PurchaseRules() {
	}

	/**
	 * More than {@code max_per_month} visits buying the same drug in one period of the
	 * rule's window (a calendar month, a day or a year), this one included.
	 */
	static void frequentPurchase(Rule rule, AuditInput in, Findings out) {
		if (in.history().purchases().isEmpty()) {
			return;
		}
		int max = rule.intParameter("max_per_month");
		Set<String> done = new HashSet<>();
		for (ClaimLine line : in.claim().lines()) {
			if (!line.kind().drug() || !done.add(line.code())) {
				continue;
			}
			Set<String> visits = new HashSet<>();
			for (History.Purchase p : in.history().purchases()) {
				if (p.code().equals(line.code()) && rule.window().samePeriod(p.date(), line.date())
						&& !p.visitId().equals(in.claim().visitId())) {
					visits.add(p.visitId());
				}
			}
			int count = visits.size() + 1;
			if (count > max) {
				out.line(rule, in.claim(), line, line.amount(), FREQUENT_REASONS.get(rule.window()), line.name(),
						String.valueOf(count), String.valueOf(max));
			}
		}
	}

	/**
	 * Bought while earlier supplies should still last: the days supplied by the purchases
	 * of the last {@code window_days} days exceed the days elapsed since the first of
	 * them times {@code ratio}.
	 */
	static void overPurchase(Rule rule, AuditInput in, Findings out) {
		if (in.history().purchases().isEmpty()) {
			return;
		}
		BigDecimal ratio = rule.decimalParameter("ratio");
		int window = rule.intParameter("window_days");
		for (ClaimLine line : in.claim().lines()) {
			if (!line.kind().drug()) {
				continue;
			}
			long today = line.date().toEpochDay();
			long first = Long.MAX_VALUE;
			int supplied = 0;
			for (History.Purchase p : in.history().purchases()) {
				long day = p.date().toEpochDay();
				// a purchase of unknown supply (a settled fee line has no days) neither
				// adds
				// days nor moves the window's start
				if (p.daysSupplied() > 0 && p.code().equals(line.code()) && day <= today && today - day <= window
						&& !p.visitId().equals(in.claim().visitId())) {
					supplied += p.daysSupplied();
					first = Math.min(first, day);
				}
			}
			if (supplied > 0
					&& BigDecimal.valueOf(supplied).compareTo(ratio.multiply(BigDecimal.valueOf(today - first))) > 0) {
				out.line(rule, in.claim(), line, line.amount(), "OVER_PURCHASE", line.name(), String.valueOf(supplied),
						String.valueOf(today - first));
			}
		}
	}

}
