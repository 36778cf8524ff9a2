package org.sanyi.insurance.engine;

/**
 * Where the treatment happened relative to the insured region. The insured region's
 * policy always applies (参保地政策); many policies pay a lower ratio for treatment elsewhere
 * (异地就医), which a rule expresses with {@link #CROSS_REGION}.
 */
public enum Locality {

	/** Selector value: matches both. */
	ANY,
	/** Treated in the insured pooling region (mdtrtarea_admvs = insuplc_admdvs). */
	LOCAL,
	/** Treated in another pooling region. */
	CROSS_REGION;

	boolean admits(Locality actual) {
		return this == ANY || this == actual;
	}

}
