package org.sanyi.supervision.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Rules over an inpatient stay as a whole: 分解住院, 挂床住院, 住院天数异常. */
final class StayRules {

	private StayRules() {
	}

	/**
	 * Admitted within {@code days} days of an earlier discharge with a main diagnosis of
	 * the same ICD-10 category (first three characters). Planned cycles ({@code planned}
	 * prefixes, chemotherapy Z51 by default) are left out.
	 */
	static void splitAdmission(Rule rule, AuditInput in, Findings out) {
		Claim claim = in.claim();
		if (claim.scene() != Scene.INPATIENT || claim.mainDiagnosis().length() < 3) {
			return;
		}
		List<String> planned = rule.codesParameter("planned");
		if (startsWithAny(claim.mainDiagnosis(), planned)) {
			return;
		}
		int days = rule.intParameter("days");
		String category = claim.mainDiagnosis().substring(0, 3);
		for (History.Stay stay : in.history().stays()) {
			if (stay.visitId().equals(claim.visitId()) || stay.discharge().isAfter(claim.admission())) {
				continue;
			}
			long gap = claim.admission().toEpochDay() - stay.discharge().toEpochDay();
			if (gap <= days && stay.mainDiagnosis().startsWith(category)
					&& !startsWithAny(stay.mainDiagnosis(), planned)) {
				out.visit(rule, claim, claim.total(), "SPLIT_ADMISSION", stay.visitId(), String.valueOf(gap), category);
				return;
			}
		}
	}

	/**
	 * At least {@code days} consecutive days billed only for bed, nursing and ward
	 * rounds: no drug, test or treatment. The lines of those days are in question.
	 */
	static void bedHolding(Rule rule, AuditInput in, Findings out) {
		Claim claim = in.claim();
		if (claim.scene() != Scene.INPATIENT) {
			return;
		}
		int min = rule.intParameter("days");
		Map<LocalDate, Day> days = new TreeMap<>();
		for (ClaimLine line : claim.lines()) {
			Day day = days.computeIfAbsent(line.date(), d -> new Day());
			day.amount = day.amount.add(line.amount());
			day.presenceOnly &= line.kind().presenceOnly();
		}
		LocalDate runStart = null;
		LocalDate previous = null;
		int run = 0;
		BigDecimal runAmount = BigDecimal.ZERO;
		for (Map.Entry<LocalDate, Day> e : days.entrySet()) {
			boolean consecutive = previous != null && e.getKey().equals(previous.plusDays(1));
			if (e.getValue().presenceOnly && run > 0 && consecutive) {
				run++;
				runAmount = runAmount.add(e.getValue().amount);
			}
			else {
				report(rule, in, out, runStart, run, runAmount, min);
				boolean starts = e.getValue().presenceOnly;
				run = starts ? 1 : 0;
				runStart = e.getKey();
				runAmount = starts ? e.getValue().amount : BigDecimal.ZERO;
			}
			previous = e.getKey();
		}
		report(rule, in, out, runStart, run, runAmount, min);
	}

	private static void report(Rule rule, AuditInput in, Findings out, LocalDate start, int run, BigDecimal amount,
			int min) {
		if (run >= min) {
			out.visit(rule, in.claim(), amount, "BED_HOLDING", start.toString(), String.valueOf(run));
		}
	}

	/**
	 * A stay longer than {@code max_days}: the lines of the days beyond are in question.
	 */
	static void longStay(Rule rule, AuditInput in, Findings out) {
		Claim claim = in.claim();
		int max = rule.intParameter("max_days");
		if (claim.scene() != Scene.INPATIENT || claim.lengthOfStay() <= max) {
			return;
		}
		LocalDate limit = claim.admission().plusDays(max);
		BigDecimal beyond = BigDecimal.ZERO;
		for (ClaimLine line : claim.lines()) {
			if (!line.date().isBefore(limit)) {
				beyond = beyond.add(line.amount());
			}
		}
		out.visit(rule, claim, beyond, "LONG_STAY", String.valueOf(claim.lengthOfStay()), String.valueOf(max));
	}

	private static boolean startsWithAny(String code, List<String> prefixes) {
		for (String prefix : prefixes) {
			if (code.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	private static final class Day {

		BigDecimal amount = BigDecimal.ZERO;

		boolean presenceOnly = true;

	}

}
