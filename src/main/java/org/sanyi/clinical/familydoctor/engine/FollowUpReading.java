package org.sanyi.clinical.familydoctor.engine;

import java.math.BigDecimal;

/**
 * What a follow-up visit measured and noted, as the tiering reads it.
 *
 * @param hypertension the patient is on the hypertension register
 * @param diabetes the patient is on the diabetes register
 * @param age whole years on the day
 * @param comorbid diabetes, chronic kidney disease or coronary heart disease (the
 * stricter BP target)
 * @param sbp systolic mmHg, or null when not measured (required for hypertension)
 * @param dbp diastolic mmHg, or null
 * @param fastingGlucose mmol/L, or null when not measured (required for diabetes)
 * @param adverseReaction an adverse drug reaction
 * @param dangerSigns danger signs (chest pain, consciousness, ketoacidosis…): refer at
 * once
 * @param previousUncontrolled the previous follow-up of the same patient was off target
 */
public record FollowUpReading(boolean hypertension, boolean diabetes, int age, boolean comorbid, Integer sbp,
		Integer dbp, BigDecimal fastingGlucose, boolean adverseReaction, boolean dangerSigns,
		boolean previousUncontrolled) {
}
