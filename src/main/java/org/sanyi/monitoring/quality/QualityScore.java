package org.sanyi.monitoring.quality;

/**
 * An institution's data-quality score, 0 to 100: 100 less a penalty for every open
 * violation (high 10, medium 5, low 2), every report month missing or overdue (10), every
 * late one (3) and every outlier (2) in the window looked at, never below 0. Simple on
 * purpose: a regulator can recount it from the page. Pure.
 */
public record QualityScore(int high, int medium, int low, int missing, int late, int outliers) {

	public int value() {
		int penalty = high * 10 + medium * 5 + low * 2 + missing * 10 + late * 3 + outliers * 2;
		return Math.max(0, 100 - penalty);
	}

	/** 优 ≥ 90, 良 ≥ 75, 中 ≥ 60, else 差. */
	public String band() {
		int v = value();
		return v >= 90 ? "A" : v >= 75 ? "B" : v >= 60 ? "C" : "D";
	}

}
