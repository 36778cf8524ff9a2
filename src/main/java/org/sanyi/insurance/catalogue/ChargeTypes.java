package org.sanyi.insurance.catalogue;

import org.sanyi.terminology.SystemKind;

/**
 * The national fee category ({@code med_chrgitm_type}: 01 床位费 … 14 其他费) of a terminology
 * catalogue item, which the terminology catalogue does not carry: drugs by their
 * catalogue (西药 09, 中成药 11, 饮片 10), consumables 08, service items by the chapter of the
 * 医疗服务项目 catalogue and, inside 综合医疗服务类, by what the item is. Pure.
 */
final class ChargeTypes {

	private ChargeTypes() {
	}

	static String of(SystemKind kind, String category, String name) {
		String c = category == null ? "" : category;
		String n = name == null ? "" : name;
		return switch (kind) {
			case DRUG -> c.contains("中成药") ? "11" : (c.contains("饮片") || c.contains("中药") ? "10" : "09");
			case CONSUMABLE -> "08";
			case SERVICE -> service(c, n);
			default -> "14";
		};
	}

	private static String service(String category, String name) {
		if (category.contains("手术")) {
			return "06";
		}
		if (category.contains("医技")) {
			return name.matches(".*(测定|检验|常规|功能|培养|抗体|抗原|定量|血型|凝血).*") ? "04" : "03";
		}
		if (category.contains("临床") || category.contains("中医")) {
			return "05";
		}
		if (name.contains("挂号")) {
			return "13";
		}
		if (name.contains("诊查") || name.contains("诊察")) {
			return "02";
		}
		if (name.contains("床位")) {
			return "01";
		}
		if (name.contains("护理")) {
			return "07";
		}
		if (name.contains("一般诊疗")) {
			return "12";
		}
		return "14";
	}

}
