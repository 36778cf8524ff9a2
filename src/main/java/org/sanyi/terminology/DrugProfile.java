package org.sanyi.terminology;

/**
 * What a drug or consumable is for the pharmaceutical side: the generic it belongs to,
 * its ATC class (西药), the minimum unit in which volumes are counted (最小制剂单位) and the
 * catalogue flags. Service items have an empty profile.
 *
 * @param genericName 通用名 (for a 西药 without a file value: the name), or {@code null}
 * @param atcClass the ATC class (up to the chemical substance, 7 characters); for a 西药
 * code without a file value the class its national code carries (characters 2–6, ATC
 * level 4), else {@code null}
 * @param minimumUnit 最小制剂单位 (片, 粒, 支, 袋, 个), or {@code null}
 * @param unitFactor how many minimum units one pricing unit
 * ({@link CatalogueItem#unit()}) holds, 1 when unknown
 * @param essential 国家基本药物
 * @param negotiated 国家谈判药品 (negotiated price, the 双通道 list)
 * @param procured 国家或省级集采中选品种
 */
public record DrugProfile(String genericName, String atcClass, String minimumUnit, int unitFactor, boolean essential,
		boolean negotiated, boolean procured) {

	public static final DrugProfile NONE = new DrugProfile(null, null, null, 1, false, false, false);

	public DrugProfile {
		if (unitFactor < 1) {
			throw new IllegalArgumentException("unit factor " + unitFactor);
		}
	}

}
