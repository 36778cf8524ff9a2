package org.sanyi.pharma.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rational drug use indicators of monitoring.md §2 (#17–#18) and next-wave.md §3.3, pure:
 * what one prescription contributes, and the ratios monitoring computes from the sums.
 *
 * @param antibiotic it has at least one antimicrobial (any tier)
 * @param essential it has at least one 国家基本药物
 * @param antimicrobialDdds the DDDs its antimicrobial lines supply
 */
public record DrugUse(boolean antibiotic, boolean essential, BigDecimal antimicrobialDdds) {

	/** What a reviewed prescription contributes. */
	public static DrugUse of(RxReview.Input rx, ReviewRules rules) {
		boolean antibiotic = false;
		boolean essential = false;
		BigDecimal ddds = BigDecimal.ZERO;
		for (RxReview.Drug d : rx.drugs()) {
			essential |= d.essential();
			if (RxReview.tier(d, rules) > 0) {
				antibiotic = true;
				ddds = ddds.add(RxReview.ddds(d, rules).orElse(BigDecimal.ZERO));
			}
		}
		return new DrugUse(antibiotic, essential, ddds);
	}

	/**
	 * 抗菌药物使用强度 (AUD) = DDDs × 100 / patient-days (target ≤ 40 for general hospitals);
	 * null without patient-days. Two decimals, HALF_UP.
	 */
	public static BigDecimal aud(BigDecimal ddds, BigDecimal patientDays) {
		if (patientDays == null || patientDays.signum() <= 0) {
			return null;
		}
		return ddds.multiply(BigDecimal.valueOf(100)).divide(patientDays, 2, RoundingMode.HALF_UP);
	}

	/**
	 * A share in percent (antibiotic prescriptions of outpatient ≤ 20 %, emergency ≤ 40
	 * %; 基本药物 prescriptions), two decimals; null without a denominator.
	 */
	public static BigDecimal share(long part, long whole) {
		if (whole <= 0) {
			return null;
		}
		return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
	}

}
