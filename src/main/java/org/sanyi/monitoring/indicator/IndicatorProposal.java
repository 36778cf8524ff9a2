package org.sanyi.monitoring.indicator;

import java.util.List;

/**
 * A new version of an indicator (or a new indicator) as an officer enters it.
 *
 * @param sets names of {@link IndicatorSet}s
 * @param factor name of a {@link org.sanyi.monitoring.engine.Factor}
 * @param decimals text as typed
 */
public record IndicatorProposal(String code, String nameZh, String nameEn, List<String> sets, String numerator,
		String denominator, String factor, String unit, boolean annualised, String decimals, String direction,
		String description) {

	public IndicatorProposal {
		sets = sets == null ? List.of() : List.copyOf(sets);
	}

	/** A proposal that starts from a stored version (the edit form's first values). */
	public static IndicatorProposal of(DefinitionRow d) {
		return new IndicatorProposal(d.code(), d.nameZh(), d.nameEn(), d.setList().stream().map(Enum::name).toList(),
				d.numerator(), d.denominator(), d.factor().name(), d.unit(), d.annualised(),
				String.valueOf(d.decimals()), d.direction(), d.description());
	}

}
