package org.sanyi.monitoring.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import org.sanyi.monitoring.engine.Expression;
import org.sanyi.monitoring.engine.Factor;
import org.sanyi.monitoring.engine.IndicatorValue;
import org.sanyi.monitoring.indicator.DefinitionRow;
import org.sanyi.monitoring.indicator.Vocabularies;
import org.sanyi.shared.facts.DataElement;
import org.sanyi.shared.facts.DataElement.Unit;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How indicator figures are written on every monitoring page
 * ({@code ${@figures.text(value, definition)}}): by unit (yuan with two decimals and 元,
 * counts as whole numbers, rates with the definition's decimals and %;
 * {@link FigureFormat}); a value that cannot be computed (a zero denominator) is a dash.
 */
@Component("figures")
public class Figures {

	private final Vocabularies vocabularies;

	private final MessageSource messages;

	Figures(Vocabularies vocabularies, MessageSource messages) {
		this.vocabularies = vocabularies;
		this.messages = messages;
	}

	/** An indicator's value with its unit: 28.18%, 1,261,327.00 元, 7.2 天. */
	public String text(IndicatorValue value, DefinitionRow definition) {
		if (value == null || value.value() == null) {
			return "—";
		}
		Optional<Unit> unit = definitionUnit(definition);
		String number = FigureFormat.value(value.value(), definition.factor(), unit, definition.decimals());
		return definition.factor() == Factor.NUMBER ? withUnit(number, unit) : number;
	}

	/** A bare value of the indicator (an alert's), written like {@link #text}. */
	public String rate(BigDecimal value, DefinitionRow definition) {
		return text(new IndicatorValue(definition.code(), null, null, null, value), definition);
	}

	/**
	 * A numerator or denominator with the unit of what it sums (yuan when every element
	 * it adds is in yuan), else a plain number with up to four decimals.
	 */
	public String side(BigDecimal amount, Expression expression) {
		if (amount == null) {
			return "—";
		}
		Optional<Unit> unit = expression == null ? Optional.empty()
				: FigureFormat.unitOf(expression, this::elementUnit);
		return unit.isPresent() ? withUnit(FigureFormat.total(amount, unit.get()), unit) : amount(amount);
	}

	/** A data element's total in the element's unit: 6,622,461.70 元, 1,203 人次. */
	public String total(BigDecimal amount, String element) {
		if (amount == null) {
			return "—";
		}
		Unit unit = elementUnit(element);
		return unit == null ? amount(amount) : withUnit(FigureFormat.total(amount, unit), Optional.of(unit));
	}

	/** Yuan with two decimals without the word (a table whose header says 元). */
	public String plainYuan(BigDecimal amount) {
		return amount == null ? "—" : FigureFormat.total(amount, Unit.YUAN);
	}

	/** A count as a whole number, grouped, without its word (the label says 人次). */
	public String count(BigDecimal amount) {
		return amount == null ? "—" : FigureFormat.total(amount, Unit.COUNT);
	}

	/** A yuan amount with two decimals and 元. */
	public String yuan(BigDecimal amount) {
		return amount == null ? "—" : withUnit(FigureFormat.total(amount, Unit.YUAN), Optional.of(Unit.YUAN));
	}

	/**
	 * A large yuan total in 万元 with two decimals (56,054.62 万元): a city-year's fund spend
	 * in yuan is eleven digits wide. For display only; the yuan amount stays exact in the
	 * explanation and the export.
	 */
	public String wanYuan(BigDecimal amount) {
		if (amount == null) {
			return "—";
		}
		return messages.getMessage("monitoring.figure.withUnit",
				new Object[] { FigureFormat.grouped(amount.movePointLeft(4), 2),
						messages.getMessage("monitoring.unit.WAN_YUAN", null, LocaleContextHolder.getLocale()) },
				LocaleContextHolder.getLocale());
	}

	/** A total without a known unit: grouped, with up to four decimals. */
	public String amount(BigDecimal amount) {
		if (amount == null) {
			return "—";
		}
		BigDecimal v = amount.stripTrailingZeros();
		return FigureFormat.grouped(amount, Math.min(Math.max(v.scale(), 0), 4));
	}

	private Optional<Unit> definitionUnit(DefinitionRow definition) {
		if (definition.unit() == null || definition.unit().isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Unit.valueOf(definition.unit()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private Unit elementUnit(String code) {
		return vocabularies.elements()
			.stream()
			.filter(e -> e.code().equals(code))
			.map(DataElement::unit)
			.findFirst()
			.orElse(null);
	}

	private String withUnit(String number, Optional<Unit> unit) {
		if (unit.isEmpty()) {
			return number;
		}
		return messages.getMessage("monitoring.figure.withUnit", new Object[] { number, messages
			.getMessage("monitoring.unit." + unit.get(), null, unit.get().name(), LocaleContextHolder.getLocale()) },
				LocaleContextHolder.getLocale());
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

}
