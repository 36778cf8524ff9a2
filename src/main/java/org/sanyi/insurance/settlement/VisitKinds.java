package org.sanyi.insurance.settlement;

import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.insurance.engine.BenefitKind;
import org.sanyi.insurance.engine.MedType;
import org.sanyi.shared.BusinessException;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A visit's kind is fixed by the transaction that opened it: 2201 opens an outpatient
 * visit, 2401 an admission. The medical type ({@code med_type}) given later (2203,
 * 2206/2207 for an outpatient visit; 2401, 2403, 2303/2304 for an admission) must be one
 * of that kind, otherwise an outpatient visit would be priced with inpatient rules (a
 * deductible per admission, the inpatient ratio, an admission counted in the year's
 * totals) while its clearing type still says outpatient, or the reverse.
 */
final class VisitKinds {

	private VisitKinds() {
	}

	/**
	 * Refuses a medical type the engine cannot settle ({@code INS-0008}) or one of the
	 * other kind ({@code INS-0100}).
	 * @param medType the {@code med_type} given
	 * @param inpatient whether the visit is an admission (2401) rather than an outpatient
	 * visit (2201)
	 */
	static void requireMedType(String medType, boolean inpatient) {
		boolean inpatientType = MedType.of(medType).benefitKind() == BenefitKind.INPATIENT;
		if (inpatientType != inpatient) {
			throw new BusinessException(InsuranceErrors.MED_TYPE_KIND_MISMATCH, medType, kind(inpatientType),
					kind(inpatient));
		}
	}

	private static DefaultMessageSourceResolvable kind(boolean inpatient) {
		String kind = inpatient ? "INPATIENT" : "OUTPATIENT";
		return new DefaultMessageSourceResolvable(new String[] { "insurance.visit.kind." + kind }, kind);
	}

}
