package org.sanyi.terminology;

import java.time.LocalDate;

/**
 * A catalogue search over the catalogue versions in force on {@code on}.
 *
 * @param kind {@code DRUG}, {@code CONSUMABLE}, {@code SERVICE} or {@code null} for all
 * @param insuranceClass the class or {@code null} for all
 * @param keyword a code prefix, part of the name or pinyin initials; blank for all
 * @param on the day; {@code null} means today
 */
public record CatalogueQuery(SystemKind kind, InsuranceClass insuranceClass, String keyword, LocalDate on) {

	public CatalogueQuery {
		keyword = keyword == null ? "" : keyword.strip();
		if (kind != null && !kind.isCatalogue()) {
			throw new IllegalArgumentException("not a catalogue kind: " + kind);
		}
	}

}
