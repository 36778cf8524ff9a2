package org.sanyi.demo.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How an institution's fees split over the national charge categories
 * ({@code med_chrgitm_type}) in a month of the statistics history. Drugs (09 西药, 11 中成药,
 * 10 中药饮片) lose share over the period as 药品零差率 and 集采 bite, consumables (08) and tests
 * (03 检查, 04 化验) a little, and medical services (01 床位, 02 诊察, 05 治疗, 06 手术, 07 护理, 12
 * 一般诊疗, 13 挂号, 14 其他) gain what they lose. Shares sum to one.
 */
final class FeeMix {

	private FeeMix() {
	}

	static Map<String, Double> inpatient(Profile p, double progress) {
		double drugs = (p.primary() ? 0.38 : p.level() >= 3 ? 0.31 : 0.34) - 0.075 * progress;
		double consumables = (p.primary() ? 0.05 : p.level() >= 3 ? 0.15 : 0.10) - 0.015 * progress;
		double exams = 0.10 - 0.01 * progress;
		double labs = 0.09 - 0.01 * progress;
		double services = 1 - drugs - consumables - exams - labs;
		Map<String, Double> mix = new LinkedHashMap<>();
		drugs(mix, p, drugs);
		mix.put("08", consumables);
		mix.put("03", exams);
		mix.put("04", labs);
		double surgery = p.primary() ? 0.10 : 0.28;
		mix.put("01", services * 0.13);
		mix.put("02", services * 0.05);
		mix.put("05", services * 0.30);
		mix.put("06", services * surgery);
		mix.put("07", services * 0.14);
		mix.put("14", services * (1 - 0.13 - 0.05 - 0.30 - surgery - 0.14));
		return mix;
	}

	static Map<String, Double> outpatient(Profile p, double progress) {
		double drugs = (p.village() ? 0.52 : p.primary() ? 0.46 : p.level() >= 3 ? 0.38 : 0.42) - 0.07 * progress;
		double consumables = 0.03;
		double exams = (p.primary() ? 0.06 : 0.14) - 0.01 * progress;
		double labs = (p.primary() ? 0.06 : 0.12) - 0.01 * progress;
		double services = 1 - drugs - consumables - exams - labs;
		double general = p.primary() ? 0.20 : 0.05;
		Map<String, Double> mix = new LinkedHashMap<>();
		drugs(mix, p, drugs);
		mix.put("08", consumables);
		mix.put("03", exams);
		mix.put("04", labs);
		mix.put("02", services * 0.25);
		mix.put("05", services * 0.40);
		mix.put("12", services * general);
		mix.put("13", services * 0.05);
		mix.put("14", services * (1 - 0.25 - 0.40 - general - 0.05));
		return mix;
	}

	private static void drugs(Map<String, Double> mix, Profile p, double drugs) {
		if (p.tcm()) {
			mix.put("09", drugs * 0.45);
			mix.put("11", drugs * 0.35);
			mix.put("10", drugs * 0.20);
		}
		else {
			mix.put("09", drugs * 0.72);
			mix.put("11", drugs * 0.20);
			mix.put("10", drugs * 0.08);
		}
	}

}
