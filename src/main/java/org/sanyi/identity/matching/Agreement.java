package org.sanyi.identity.matching;

/**
 * How far two values of one field agree. {@link #MISSING} (either side empty) contributes
 * no weight; the other three contribute {@code log2(m/u)} with the field's probabilities
 * for that level.
 */
public enum Agreement {

	EXACT, SIMILAR, DISAGREE, MISSING

}
