package org.sanyi.insurance.engine;

import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.shared.BusinessException;

/**
 * A national medical type ({@code med_type}, insurance.md §1.8) and the benefit it draws
 * on. Provinces use six-digit sub-codes of 14 (140104 chronic outpatient, 140201 special
 * outpatient...), which are chronic outpatient too. Types without a basic-pool benefit
 * here (41 pharmacy, 51/52 maternity, 71 home sickbed, 99xx local) are rejected with
 * {@code INS-0008} rather than settled under the wrong rules.
 *
 * @param code the code as sent, e.g. {@code 11}, {@code 14}, {@code 21}
 */
public record MedType(String code) {

	public static final MedType GENERAL_OUTPATIENT = new MedType("11");

	public static final MedType CHRONIC_OUTPATIENT = new MedType("14");

	public static final MedType INPATIENT = new MedType("21");

	public MedType {
		if (code == null || code.isBlank()) {
			throw new BusinessException(InsuranceErrors.UNSUPPORTED_MED_TYPE, String.valueOf(code));
		}
		code = code.trim();
	}

	public static MedType of(String code) {
		return new MedType(code);
	}

	/** The benefit of this type; {@code INS-0008} when the engine has none for it. */
	public BenefitKind benefitKind() {
		return switch (code) {
			// 11 general outpatient, 12 registration, 13 emergency: all outpatient
			// pooling
			case "11", "12", "13" -> BenefitKind.GENERAL_OUTPATIENT;
			// 21 general, 23 transfer-out, 24 emergency-to-inpatient, 28 day surgery
			// (settled as an admission)
			case "21", "23", "24", "28" -> BenefitKind.INPATIENT;
			default -> {
				if (code.equals("14") || (code.length() == 6 && code.startsWith("14"))) {
					yield BenefitKind.CHRONIC_OUTPATIENT;
				}
				throw new BusinessException(InsuranceErrors.UNSUPPORTED_MED_TYPE, code);
			}
		};
	}

}
