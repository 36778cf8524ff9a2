package org.sanyi.insurance.engine;

import java.math.BigDecimal;

import org.sanyi.shared.Money;

/**
 * Formatting for {@code setl_proc_info}: plain yuan amounts and percentages, Chinese
 * labels as the interface shows.
 */
final class Traces {

	private Traces() {
	}

	static String percent(BigDecimal ratio) {
		return ratio.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
	}

	static String yuan(Money amount) {
		return amount.toString();
	}

	static String period(DeductiblePeriod period) {
		return switch (period) {
			case PER_VISIT -> "每次";
			case PER_ADMISSION -> "每次住院";
			case PER_YEAR -> "年度";
		};
	}

}
