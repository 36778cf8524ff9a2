package org.sanyi.monitoring.indicator;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.sanyi.monitoring.engine.Factor;
import org.sanyi.shared.review.ReviewStatus;
import org.sanyi.shared.review.UndatedVersion;

/**
 * A version of an indicator definition as stored in {@code mon_indicator}.
 *
 * @param sets comma-separated {@link IndicatorSet}s whose home pages show it
 * @param unit what a {@link Factor#NUMBER} value counts ({@code YUAN}, {@code DAY},
 * {@code COUNT}) or empty
 * @param direction {@code UP} (higher is better), {@code DOWN} or {@code NONE}
 */
public record DefinitionRow(long id, String code, int version, String nameZh, String nameEn, String sets,
		String numerator, String denominator, Factor factor, String unit, boolean annualised, int decimals,
		String direction, String description, ReviewStatus status, String proposedBy, OffsetDateTime proposedAt,
		String reviewedBy, OffsetDateTime reviewedAt, String reviewNote) implements UndatedVersion {

	public List<IndicatorSet> setList() {
		return sets.isBlank() ? List.of() : Arrays.stream(sets.split(",")).map(IndicatorSet::valueOf).toList();
	}

	public boolean inSet(IndicatorSet set) {
		return setList().contains(set);
	}

	/** The name in the viewer's language. */
	public String name(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
	}

}
