package org.sanyi.terminology;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A drug, consumable or medical-service item of a catalogue version.
 *
 * @param code the national code (医保编码)
 * @param category the catalogue's own grouping (西药/中成药, consumable class, service
 * chapter)
 * @param dosageForm the dosage form of a drug; blank for the other kinds
 * @param unit the pricing unit (计价单位)
 * @param price the reference price, scale 2, or {@code null}
 * @param priceCap the highest price the fund pays (最高支付限价), scale 2, or {@code null}; the
 * excess is self-paid
 * @param selfPayRatio the 先行自付 share: 0 for 甲类, {@code [0, 1)} for 乙类, 1 for 丙类
 * @param restriction the 限定支付范围 text, or blank
 * @param profile generic name, ATC class, minimum unit and the 基本药物/国谈/集采 flags
 * ({@link DrugProfile#NONE} for services)
 */
public record CatalogueItem(String system, String version, SystemKind kind, String code, String name, String category,
		String specification, String dosageForm, String unit, String manufacturer, BigDecimal price,
		BigDecimal priceCap, InsuranceClass insuranceClass, BigDecimal selfPayRatio, String restriction,
		LocalDate effectiveFrom, LocalDate effectiveTo, String pinyin, DrugProfile profile) {
}
