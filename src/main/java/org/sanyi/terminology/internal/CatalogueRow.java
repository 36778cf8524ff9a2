package org.sanyi.terminology.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.sanyi.terminology.DrugProfile;
import org.sanyi.terminology.InsuranceClass;

/** A validated line of a catalogue file, ready to insert. */
record CatalogueRow(int line, String code, String name, String pinyin, String category, String specification,
		String dosageForm, String unit, String manufacturer, BigDecimal price, BigDecimal priceCap,
		InsuranceClass insuranceClass, BigDecimal selfPayRatio, String restriction, LocalDate effectiveFrom,
		LocalDate effectiveTo, DrugProfile profile) {
}
