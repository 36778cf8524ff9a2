package org.sanyi.pharma.engine;

/**
 * How a fee line counts in a hospital's revenue structure, by its national charge type
 * ({@code med_chrgitm_type}): drugs (09 西药, 10 中药饮片, 11 中成药), consumables (08 卫生材料),
 * tests (03 检查, 04 化验) and medical services, everything else (诊察, 床位, 治疗, 手术, 护理, 一般诊疗,
 * 挂号, 其他). 医疗服务收入占比 is the services' share of the medical revenue (the 国考 definition:
 * without drugs, consumables, tests and examinations).
 */
public enum FeeGroup {

	SERVICE, DRUG, CONSUMABLE, TEST;

	public static FeeGroup of(String chargeType) {
		if (chargeType == null) {
			return SERVICE;
		}
		return switch (chargeType) {
			case "09", "10", "11" -> DRUG;
			case "08" -> CONSUMABLE;
			case "03", "04" -> TEST;
			default -> SERVICE;
		};
	}

}
