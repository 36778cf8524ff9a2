package org.sanyi.insurance.engine;

import java.math.BigDecimal;

import org.sanyi.shared.Money;

/**
 * One segment of a supplementary layer (分段): from {@code from} (inclusive) up to the next
 * band's {@code from}, or without end for the last band, the layer pays {@code ratio}.
 * Bands are measured on the layer's cumulative base for the year, so the first band's
 * {@code from} is the layer's annual threshold (e.g. 大病起付线 12,000).
 *
 * @param from lower bound of the segment on the cumulative base, ≥ 0
 * @param ratio 0–1, at most 4 decimals
 */
public record Band(Money from, BigDecimal ratio) {

	public static Band of(String from, String ratio) {
		return new Band(Money.of(from), new BigDecimal(ratio));
	}

}
