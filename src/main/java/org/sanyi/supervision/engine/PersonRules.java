package org.sanyi.supervision.engine;

import java.time.LocalDate;

/** Rules on the insured person's standing: 死亡后就医. */
final class PersonRules {

	private PersonRules() {
	}

	/**
	 * Care billed after the person's registered date of death: a visit that starts after
	 * it is in question as a whole (someone else used the card, 冒用医保卡, or the visit is
	 * fictitious); in a visit that started before it (a stay that ended with the death),
	 * the lines dated after the day of death are. The day of death itself is care the
	 * person may have had.
	 */
	static void afterDeath(Rule rule, AuditInput in, Findings out) {
		Claim claim = in.claim();
		LocalDate died = claim.deathDate();
		if (died == null) {
			return;
		}
		if (claim.admission().isAfter(died)) {
			long days = claim.admission().toEpochDay() - died.toEpochDay();
			out.visit(rule, claim, claim.total(), "AFTER_DEATH", claim.admission().toString(), died.toString(),
					String.valueOf(days));
			return;
		}
		for (ClaimLine line : claim.lines()) {
			if (line.date().isAfter(died)) {
				out.line(rule, claim, line, line.amount(), "AFTER_DEATH.LINE", line.code(), line.date().toString(),
						died.toString());
			}
		}
	}

}
