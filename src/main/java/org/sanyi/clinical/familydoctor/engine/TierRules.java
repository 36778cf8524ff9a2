package org.sanyi.clinical.familydoctor.engine;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One version of the tiering thresholds, kept as data so that a region tunes its own. The
 * default ({@link #DEFAULT}) is the proposal of next-wave.md §4 built on the national
 * thresholds: blood pressure on target below 140/90 (150 systolic from 65 years, 130/80
 * with diabetes, chronic kidney or coronary disease), red from 180 systolic or 110
 * diastolic; fasting glucose on target below 7.0 mmol/L, red from 16.7 or at 3.9 and
 * below.
 *
 * @param sbpRed systolic at or above which the follow-up is red
 * @param sbpTarget systolic below which blood pressure is on target
 * @param sbpTargetElderly the same from {@code elderlyAge} years
 * @param sbpTargetComorbid the same with diabetes, CKD or coronary disease
 * @param fpgRedHigh fasting glucose at or above which the follow-up is red
 * @param fpgRedLow fasting glucose at or below which the follow-up is red (hypoglycaemia)
 * @param fpgTarget fasting glucose below which it is on target
 * @param greenDays days to the next follow-up when green (and the due date of a yellow or
 * red one: {@code yellowDays})
 */
public record TierRules(String version, LocalDate effectiveFrom, int sbpRed, int dbpRed, int sbpTarget, int dbpTarget,
		int elderlyAge, int sbpTargetElderly, int sbpTargetComorbid, int dbpTargetComorbid, BigDecimal fpgRedHigh,
		BigDecimal fpgRedLow, BigDecimal fpgTarget, int greenDays, int yellowDays) {

	public static final TierRules DEFAULT = new TierRules("NW4-2026", LocalDate.of(2026, 1, 1), 180, 110, 140, 90, 65,
			150, 130, 80, new BigDecimal("16.7"), new BigDecimal("3.9"), new BigDecimal("7.0"), 90, 14);

}
