package org.sanyi.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts in yuan with two decimals (fen), as {@code numeric(18,2)} stores them.
 * Arithmetic that can produce more decimals (ratios, percentages) rounds HALF_UP once, at
 * the line, where the national settlement rules round; adding and subtracting never
 * rounds. Creating money from a value with more than two decimals is an error, never a
 * silent rounding.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

	public static final Money ZERO = new Money(BigDecimal.ZERO);

	public Money {
		if (amount == null) {
			throw new IllegalArgumentException("amount is null");
		}
		if (amount.stripTrailingZeros().scale() > 2) {
			throw new ArithmeticException("more than two decimals: " + amount.toPlainString());
		}
		amount = amount.setScale(2, RoundingMode.UNNECESSARY);
	}

	public static Money of(String yuan) {
		return new Money(new BigDecimal(yuan));
	}

	public static Money of(BigDecimal yuan) {
		return new Money(yuan);
	}

	public Money plus(Money other) {
		return new Money(amount.add(other.amount));
	}

	public Money minus(Money other) {
		return new Money(amount.subtract(other.amount));
	}

	/** This amount times a ratio, rounded HALF_UP to the fen. */
	public Money times(BigDecimal ratio) {
		return new Money(amount.multiply(ratio).setScale(2, RoundingMode.HALF_UP));
	}

	public Money min(Money other) {
		return compareTo(other) <= 0 ? this : other;
	}

	public Money max(Money other) {
		return compareTo(other) >= 0 ? this : other;
	}

	public boolean isNegative() {
		return amount.signum() < 0;
	}

	public boolean isZero() {
		return amount.signum() == 0;
	}

	@Override
	public int compareTo(Money o) {
		return amount.compareTo(o.amount);
	}

	@Override
	public String toString() {
		return amount.toPlainString();
	}

}
