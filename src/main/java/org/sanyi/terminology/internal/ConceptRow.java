package org.sanyi.terminology.internal;

import java.time.LocalDate;

/** A validated line of a concept file, ready to insert. */
record ConceptRow(int line, String code, String name, String parentCode, String pinyin, LocalDate effectiveFrom,
		LocalDate effectiveTo) {
}
