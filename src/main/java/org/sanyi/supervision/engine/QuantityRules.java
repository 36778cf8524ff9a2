package org.sanyi.supervision.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** 超频次 and 超疗程: how much of an item a day and on how many days of a visit. */
final class QuantityRules {

	private QuantityRules() {
	}

	/**
	 * Units of a code on one day above its {@code maxPerDay}: the excess units at the
	 * line's price.
	 */
	static void frequency(Rule rule, AuditInput in, Findings out) {
		Map<CodeOnDay, BigDecimal> perDay = null;
		List<ClaimLine> lines = in.claim().lines();
		for (int i = 0; i < lines.size(); i++) {
			Restriction r = in.restrictions()[i];
			if (r == null || r.maxPerDay() == null) {
				continue;
			}
			if (perDay == null) {
				perDay = new HashMap<>();
			}
			ClaimLine line = lines.get(i);
			CodeOnDay key = new CodeOnDay(line.code(), line.date());
			BigDecimal before = perDay.getOrDefault(key, BigDecimal.ZERO);
			BigDecimal after = before.add(line.quantity());
			perDay.put(key, after);
			if (after.compareTo(r.maxPerDay()) > 0) {
				// only what this line adds beyond the limit: earlier lines of the day
				// were within it
				BigDecimal excess = after.subtract(before.max(r.maxPerDay()));
				out.line(rule, in.claim(), line, excess.multiply(line.price()), "FREQUENCY", line.name(),
						after.stripTrailingZeros().toPlainString(), r.maxPerDay().stripTrailingZeros().toPlainString());
			}
		}
	}

	private record CodeOnDay(String code, LocalDate day) {
	}

	/**
	 * Lines of a code on days beyond the first {@code courseDays} days it was given in
	 * the visit.
	 */
	static void course(Rule rule, AuditInput in, Findings out) {
		Map<String, TreeSet<LocalDate>> days = null;
		List<ClaimLine> lines = in.claim().lines();
		for (int i = 0; i < lines.size(); i++) {
			Restriction r = in.restrictions()[i];
			if (r != null && r.courseDays() != null) {
				if (days == null) {
					days = new HashMap<>();
				}
				days.computeIfAbsent(lines.get(i).code(), k -> new TreeSet<>()).add(lines.get(i).date());
			}
		}
		if (days == null) {
			return;
		}
		for (int i = 0; i < lines.size(); i++) {
			Restriction r = in.restrictions()[i];
			if (r == null || r.courseDays() == null) {
				continue;
			}
			ClaimLine line = lines.get(i);
			TreeSet<LocalDate> given = days.get(line.code());
			if (given.size() > r.courseDays() && given.headSet(line.date()).size() >= r.courseDays()) {
				out.line(rule, in.claim(), line, line.amount(), "COURSE", line.name(), String.valueOf(given.size()),
						String.valueOf(r.courseDays()));
			}
		}
	}

}
