package org.sanyi.monitoring.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.sanyi.monitoring.engine.Factor;
import org.sanyi.monitoring.engine.IndicatorValue;
import org.sanyi.monitoring.indicator.DefinitionRow;

import org.springframework.stereotype.Component;

/**
 * How indicator figures are written on pages ({@code ${@figures.text(value,
 * definition)}}): grouped digits, the definition's decimals and the factor's sign; a
 * value that cannot be computed (a zero denominator) is a dash.
 */
@Component("figures")
public class Figures {

	public String text(IndicatorValue value, DefinitionRow definition) {
		if (value == null || value.value() == null) {
			return "—";
		}
		return number(value.value(), definition.decimals()) + definition.factor().symbol();
	}

	/** A total (numerator, denominator, component) with two decimals at most, grouped. */
	public String amount(BigDecimal amount) {
		if (amount == null) {
			return "—";
		}
		BigDecimal v = amount.stripTrailingZeros();
		return number(amount, Math.min(Math.max(v.scale(), 0), 4));
	}

	/**
	 * A slice as written in expressions: {@code fee_category=09, med_type=21}; a dash for
	 * the element's total.
	 */
	public String slice(java.util.Map<String, String> slice) {
		if (slice == null || slice.isEmpty()) {
			return "—";
		}
		return new java.util.TreeMap<>(slice).entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + e.getValue())
			.collect(java.util.stream.Collectors.joining(", "));
	}

	/**
	 * The change of a value against the one it is compared with, in points (percent
	 * indicators) or percent.
	 */
	public BigDecimal change(IndicatorValue now, IndicatorValue before, DefinitionRow definition) {
		if (now == null || before == null || now.value() == null || before.value() == null) {
			return null;
		}
		if (definition.factor() != Factor.NUMBER) {
			return now.value().subtract(before.value()).setScale(2, RoundingMode.HALF_UP);
		}
		if (before.value().signum() == 0) {
			return null;
		}
		return now.value()
			.subtract(before.value())
			.multiply(BigDecimal.valueOf(100))
			.divide(before.value().abs(), 2, RoundingMode.HALF_UP);
	}

	/**
	 * Whether a change is for the better given the definition's direction: 1 better, -1
	 * worse, 0 neither.
	 */
	public int judgement(BigDecimal change, DefinitionRow definition) {
		if (change == null || change.signum() == 0) {
			return 0;
		}
		return switch (definition.direction()) {
			case "UP" -> change.signum();
			case "DOWN" -> -change.signum();
			default -> 0;
		};
	}

	private static String number(BigDecimal v, int decimals) {
		DecimalFormat f = new DecimalFormat("#,##0" + (decimals > 0 ? "." + "0".repeat(decimals) : ""),
				DecimalFormatSymbols.getInstance(Locale.ROOT));
		f.setRoundingMode(RoundingMode.HALF_UP);
		return f.format(v);
	}

}
