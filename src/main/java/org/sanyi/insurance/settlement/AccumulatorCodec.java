package org.sanyi.insurance.settlement;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

import org.sanyi.insurance.engine.Accumulators;
import org.sanyi.insurance.engine.BenefitKind;
import org.sanyi.insurance.engine.FundType;
import org.sanyi.shared.Money;

/**
 * The engine's {@link Accumulators} as a flat map of keys to amounts, the form
 * {@code ins_accumulator.totals} and {@code ins_settlement.accum_delta} store:
 * {@code admissions}, {@code dedc.<benefit kind>}, {@code pool.<cap name>},
 * {@code base.<fund_pay_type>}, {@code paid.<fund_pay_type>}. Flat keys let SQL add up
 * the settlements' deltas and compare them with the totals (the reconciliation does
 * exactly that). Zero entries are left out.
 */
public final class AccumulatorCodec {

	private AccumulatorCodec() {
	}

	public static Map<String, BigDecimal> toMap(Accumulators totals) {
		Map<String, BigDecimal> map = new TreeMap<>();
		if (totals.admissions() != 0) {
			map.put("admissions", BigDecimal.valueOf(totals.admissions()));
		}
		totals.deductiblePaid().forEach((kind, amount) -> putNonZero(map, "dedc." + kind.name(), amount));
		totals.poolPaid().forEach((cap, amount) -> putNonZero(map, "pool." + cap, amount));
		totals.layerBase().forEach((fund, amount) -> putNonZero(map, "base." + fund.code(), amount));
		totals.layerPaid().forEach((fund, amount) -> putNonZero(map, "paid." + fund.code(), amount));
		return map;
	}

	public static Accumulators fromMap(int year, Map<String, BigDecimal> map) {
		Map<BenefitKind, Money> deductibles = new EnumMap<>(BenefitKind.class);
		Map<String, Money> pool = new TreeMap<>();
		Map<FundType, Money> base = new EnumMap<>(FundType.class);
		Map<FundType, Money> paid = new EnumMap<>(FundType.class);
		int admissions = 0;
		for (Map.Entry<String, BigDecimal> entry : map.entrySet()) {
			String key = entry.getKey();
			BigDecimal value = entry.getValue();
			int dot = key.indexOf('.');
			String kind = dot < 0 ? key : key.substring(0, dot);
			String name = dot < 0 ? "" : key.substring(dot + 1);
			switch (kind) {
				case "admissions" -> admissions = value.intValueExact();
				case "dedc" -> deductibles.put(BenefitKind.valueOf(name), Money.of(value));
				case "pool" -> pool.put(name, Money.of(value));
				case "base" -> base.put(fund(name), Money.of(value));
				case "paid" -> paid.put(fund(name), Money.of(value));
				default -> throw new IllegalStateException("unknown accumulator key " + key);
			}
		}
		return new Accumulators(year, deductibles, admissions, pool, base, paid);
	}

	/** {@code after - before}, key by key, zeros left out. */
	public static Map<String, BigDecimal> delta(Map<String, BigDecimal> before, Map<String, BigDecimal> after) {
		Map<String, BigDecimal> delta = new TreeMap<>();
		after.forEach((key, value) -> delta.merge(key, value, BigDecimal::add));
		before.forEach((key, value) -> delta.merge(key, value.negate(), BigDecimal::add));
		delta.values().removeIf(v -> v.signum() == 0);
		return delta;
	}

	/** {@code totals + sign * delta}, zeros left out. */
	public static Map<String, BigDecimal> add(Map<String, BigDecimal> totals, Map<String, BigDecimal> delta, int sign) {
		Map<String, BigDecimal> sum = new TreeMap<>(totals);
		delta.forEach((key, value) -> sum.merge(key, sign < 0 ? value.negate() : value, BigDecimal::add));
		sum.values().removeIf(v -> v.signum() == 0);
		return sum;
	}

	public static Map<String, BigDecimal> negate(Map<String, BigDecimal> delta) {
		return add(Map.of(), delta, -1);
	}

	private static void putNonZero(Map<String, BigDecimal> map, String key, Money amount) {
		if (!amount.isZero()) {
			map.put(key, amount.amount());
		}
	}

	private static FundType fund(String code) {
		for (FundType type : FundType.values()) {
			if (type.code().equals(code)) {
				return type;
			}
		}
		throw new IllegalStateException("unknown fund " + code);
	}

}
