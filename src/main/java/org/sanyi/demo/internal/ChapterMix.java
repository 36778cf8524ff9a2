package org.sanyi.demo.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * How a month's discharges of an institution spread over the ICD-10 chapters of their
 * main diagnosis, as a statistics system's 出院病人疾病构成 reports them: circulatory and
 * respiratory diseases first, then digestive diseases and neoplasms (far more in a 三级
 * hospital, few in a health centre), injuries, pregnancy and childbirth (secondary and
 * tertiary hospitals); respiratory admissions rise in winter. Each chapter also has its
 * cost and stay relative to the institution's average case (a cancer stay costs more and
 * lasts longer, a delivery less). Parts are apportioned by the largest remainder so that
 * they add up exactly to the whole.
 */
final class ChapterMix {

	/** A chapter's weight of cases and its cost and stay relative to the average case. */
	record Share(String chapter, double cases, double costFactor, double stayFactor) {
	}

	private ChapterMix() {
	}

	/**
	 * The chapters of the discharges of a profile's institution in a month (1–12).
	 */
	static List<Share> inpatient(Profile profile, int monthOfYear) {
		boolean primary = profile.primary();
		boolean tertiary = profile.level() >= 3;
		boolean winter = monthOfYear == 12 || monthOfYear <= 2;
		List<Share> shares = new ArrayList<>();
		shares.add(new Share("09", primary ? 20 : 16, 1.15, 1.05));
		shares.add(new Share("10", (primary ? 22 : 12) * (winter ? 1.35 : 1.0), 0.75, 0.9));
		shares.add(new Share("11", 11, 0.95, 0.9));
		shares.add(new Share("02", primary ? 2 : tertiary ? 12 : 6, 1.7, 1.35));
		shares.add(new Share("19", primary ? 6 : 8, 1.25, 1.1));
		shares.add(new Share("15", primary ? 1 : tertiary ? 6 : 8, 0.6, 0.6));
		shares.add(new Share("14", 6, 0.9, 0.85));
		shares.add(new Share("13", primary ? 6 : 5, 1.0, 1.05));
		shares.add(new Share("04", 4, 0.9, 1.0));
		shares.add(new Share("06", primary ? 5 : 4, 1.05, 1.1));
		shares.add(new Share("21", primary ? 2 : tertiary ? 6 : 4, 0.8, 0.7));
		shares.add(new Share("18", 2.5, 0.7, 0.8));
		shares.add(new Share("01", 2, 0.9, 1.0));
		shares.add(new Share("07", primary ? 0.5 : 2, 0.7, 0.5));
		shares.add(new Share("16", primary ? 0.2 : 1.5, 1.2, 1.3));
		shares.add(new Share("03", 1, 1.0, 1.0));
		shares.add(new Share("05", primary ? 0.5 : 1, 0.9, 1.6));
		shares.add(new Share("08", 0.8, 0.7, 0.7));
		shares.add(new Share("12", 1, 0.7, 0.8));
		shares.add(new Share("17", primary ? 0.1 : 0.5, 1.3, 1.1));
		return shares;
	}

	/**
	 * {@code total} split in proportion to {@code weights} by the largest remainder: the
	 * parts are whole and add up to {@code total}.
	 */
	static long[] apportion(long total, double[] weights) {
		double sum = 0;
		for (double w : weights) {
			sum += w;
		}
		long[] parts = new long[weights.length];
		if (sum <= 0 || total <= 0) {
			if (weights.length > 0) {
				parts[0] = total;
			}
			return parts;
		}
		double[] remainders = new double[weights.length];
		long given = 0;
		for (int i = 0; i < weights.length; i++) {
			double exact = total * weights[i] / sum;
			parts[i] = (long) Math.floor(exact);
			remainders[i] = exact - parts[i];
			given += parts[i];
		}
		for (long left = total - given; left > 0; left--) {
			int best = 0;
			for (int i = 1; i < weights.length; i++) {
				if (remainders[i] > remainders[best]) {
					best = i;
				}
			}
			parts[best]++;
			remainders[best] = -1;
		}
		return parts;
	}

	/** An amount in yuan split like {@link #apportion(long, double[])}, to the fen. */
	static BigDecimal[] apportion(BigDecimal yuan, double[] weights) {
		long[] fen = apportion(yuan.movePointRight(2).longValueExact(), weights);
		BigDecimal[] parts = new BigDecimal[fen.length];
		for (int i = 0; i < fen.length; i++) {
			parts[i] = BigDecimal.valueOf(fen[i], 2);
		}
		return parts;
	}

}
