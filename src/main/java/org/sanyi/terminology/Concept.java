package org.sanyi.terminology;

import java.time.LocalDate;

/**
 * A code of a classification or dictionary in one version of its system.
 * {@code effectiveFrom}/{@code effectiveTo} are the code's own dates inside the version
 * ({@code null}: the version's).
 *
 * @param pinyin the pinyin initials of the name, lower case ({@code gxy} for 高血压)
 */
public record Concept(String system, String version, String code, String name, String parentCode, String pinyin,
		LocalDate effectiveFrom, LocalDate effectiveTo) {
}
