package org.sanyi.insurance.engine;

import org.sanyi.shared.Money;

/**
 * An annual cap (封顶线) on what the basic pool pays. Every cap whose selector matches a
 * visit applies at once and the pool pays at most the smallest remainder, so a chronic
 * disease can have its own cap inside the pool's overall cap. What was paid counts toward
 * each matching cap, by name, in {@link Accumulators#poolPaid(String)}.
 *
 * @param name the accumulator key, stable across policy versions (e.g. {@code BASIC},
 * {@code OUTPATIENT})
 * @param when the visits whose pool payments count toward it
 * @param annualAmount the most the pool pays in a calendar year, ≥ 0
 */
public record PoolCap(String name, Selector when, Money annualAmount) {

}
