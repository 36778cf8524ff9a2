package org.sanyi.insurance.engine;

import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.shared.BusinessException;

/**
 * A national medical type ({@code med_type}, insurance.md §1.8) and the benefit it draws
 * on. Provinces use six-digit sub-codes of 14 (140104 chronic outpatient, 140201 special
 * outpatient...), which are chronic outpatient too. Types without a basic-pool benefit
 * here (51/52 maternity, 71 home sickbed, 99xx local but 9903 互联网复诊) are rejected with
 * {@code INS-0008} rather than settled under the wrong rules.
 *
 * @param code the code as sent, e.g. {@code 11}, {@code 14}, {@code 21}
 */
public record MedType(String code) {

	public static final MedType GENERAL_OUTPATIENT = new MedType("11");

	public static final MedType CHRONIC_OUTPATIENT = new MedType("14");

	public static final MedType INPATIENT = new MedType("21");

	/** 41 定点药店购药: a purchase at a designated retail pharmacy. */
	public static final MedType PHARMACY = new MedType("41");

	/**
	 * 互联网复诊, an online follow-up visit. The national list (insurance.md §1.8) has no code
	 * for it; it leaves 99xx to local extensions (9901 major-disease outpatient, 9902
	 * major-disease inpatient), so the platform uses the next local code, 9903. A region
	 * whose own list numbers it differently changes this one constant.
	 */
	public static final MedType ONLINE_FOLLOW_UP = new MedType("9903");

	public MedType {
		if (code == null || code.isBlank()) {
			throw new BusinessException(InsuranceErrors.UNSUPPORTED_MED_TYPE, String.valueOf(code));
		}
		code = code.trim();
	}

	public static MedType of(String code) {
		return new MedType(code);
	}

	/**
	 * 清算类别 ({@code clr_type}) of a settlement of a medical type: 21 for an admission, 41
	 * for a retail pharmacy's sale, 11 for any other outpatient visit.
	 */
	public static String clearingType(String medType, boolean inpatient) {
		return inpatient ? "21" : PHARMACY.code.equals(medType) ? "41" : "11";
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
			// a designated retail pharmacy's sale
			case "41" -> BenefitKind.PHARMACY;
			// the local extension for online follow-up visits (互联网复诊)
			case "9903" -> BenefitKind.ONLINE_OUTPATIENT;
			default -> {
				if (code.equals("14") || (code.length() == 6 && code.startsWith("14"))) {
					yield BenefitKind.CHRONIC_OUTPATIENT;
				}
				throw new BusinessException(InsuranceErrors.UNSUPPORTED_MED_TYPE, code);
			}
		};
	}

}
