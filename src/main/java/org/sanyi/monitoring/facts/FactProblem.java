package org.sanyi.monitoring.facts;

/** Why a fact was held in the error queue instead of counted. */
public enum FactProblem {

	/** The institution code is not in the registry. */
	UNKNOWN_INSTITUTION,
	/**
	 * No module's {@link org.sanyi.shared.facts.DataElementCatalogue} declares the
	 * element.
	 */
	UNKNOWN_ELEMENT,
	/** The fact carries a dimension its element does not declare. */
	UNKNOWN_DIMENSION,
	/**
	 * More decimals than the unit allows (two for yuan, four otherwise) or more than 16
	 * digits before the point.
	 */
	INVALID_VALUE

}
