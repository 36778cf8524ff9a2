package org.sanyi.insurance.engine;

import java.util.List;

import org.sanyi.shared.Money;

/**
 * A fund that pays after the basic pool, in the order the policy lists its layers:
 * employees' large-expense subsidy (330100), civil-servant subsidy (320100), residents'
 * critical-illness insurance (390200), medical assistance (610100). All share one shape:
 * a share of a base (see {@link LayerBase}) in bands measured on the year's cumulative
 * base, with an annual cap. For each fund the first layer whose selector and eligibility
 * admit the visit is the one that applies, so identity-specific rows (e.g. 特困 assistance
 * at 100%) go before general ones.
 *
 * @param fund the fund that pays (not a basic pool)
 * @param when the visits it applies to (e.g. inpatient and chronic outpatient only)
 * @param eligibility who may draw on it
 * @param base what it pays a share of
 * @param bands the segments, ascending by {@code from}; the first {@code from} is the
 * annual threshold
 * @param annualCap the most it pays a person in a calendar year
 */
public record SupplementaryLayer(FundType fund, Selector when, Eligibility eligibility, LayerBase base,
		List<Band> bands, Money annualCap) {

	public SupplementaryLayer {
		bands = bands == null ? List.of() : List.copyOf(bands);
		eligibility = eligibility == null ? Eligibility.EVERYONE : eligibility;
	}

	/**
	 * The annual threshold: the base a person accumulates in the year before the layer
	 * pays anything.
	 */
	public Money threshold() {
		return bands.getFirst().from();
	}

	boolean admits(Visit visit) {
		return when.matches(visit) && eligibility.admits(visit);
	}

}
