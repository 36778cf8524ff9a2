package org.sanyi.insurance.engine;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Money;

/**
 * A person's year-to-date totals for one scheme (what 5206 人员累计信息查询 reports): the basis
 * of yearly deductibles, annual caps and the cumulative thresholds of the supplementary
 * layers. Immutable: the engine returns the totals after a settlement as a new value for
 * the caller to persist; the inputs are never changed. Absent entries are zero.
 *
 * @param year the calendar year these totals belong to (caps and deductibles reset on 1
 * January)
 * @param deductiblePaid deductible borne so far, by benefit kind (a yearly deductible is
 * used up from it)
 * @param admissions admissions settled so far ({@code cal_ipt_cnt}); picks the 1st /
 * later admission deductible
 * @param poolPaid basic-pool payments so far, by cap name ({@link PoolCap#name()})
 * @param layerBase base counted so far toward each supplementary fund's banded threshold
 * @param layerPaid payments so far by each supplementary fund, toward its annual cap
 */
public record Accumulators(int year, Map<BenefitKind, Money> deductiblePaid, int admissions,
		Map<String, Money> poolPaid, Map<FundType, Money> layerBase, Map<FundType, Money> layerPaid) {

	public Accumulators {
		if (year < 1900 || year > 9999) {
			throw new BusinessException(InsuranceErrors.INVALID_ACCUMULATORS, "year " + year);
		}
		if (admissions < 0) {
			throw new BusinessException(InsuranceErrors.INVALID_ACCUMULATORS, "admissions " + admissions);
		}
		deductiblePaid = enumCopy(deductiblePaid, BenefitKind.class);
		poolPaid = Collections.unmodifiableMap(checked(new TreeMap<>(poolPaid == null ? Map.of() : poolPaid)));
		layerBase = enumCopy(layerBase, FundType.class);
		layerPaid = enumCopy(layerPaid, FundType.class);
	}

	/** Nothing used yet this year. */
	public static Accumulators empty(int year) {
		return new Accumulators(year, Map.of(), 0, Map.of(), Map.of(), Map.of());
	}

	public Money deductiblePaid(BenefitKind kind) {
		return deductiblePaid.getOrDefault(kind, Money.ZERO);
	}

	public Money poolPaid(String capName) {
		return poolPaid.getOrDefault(capName, Money.ZERO);
	}

	public Money layerBase(FundType fund) {
		return layerBase.getOrDefault(fund, Money.ZERO);
	}

	public Money layerPaid(FundType fund) {
		return layerPaid.getOrDefault(fund, Money.ZERO);
	}

	public Accumulators withDeductiblePaid(BenefitKind kind, Money amount) {
		var copy = new EnumMap<BenefitKind, Money>(BenefitKind.class);
		copy.putAll(deductiblePaid);
		copy.put(kind, amount);
		return new Accumulators(year, copy, admissions, poolPaid, layerBase, layerPaid);
	}

	public Accumulators withAdmissions(int count) {
		return new Accumulators(year, deductiblePaid, count, poolPaid, layerBase, layerPaid);
	}

	public Accumulators withPoolPaid(String capName, Money amount) {
		var copy = new TreeMap<>(poolPaid);
		copy.put(capName, amount);
		return new Accumulators(year, deductiblePaid, admissions, copy, layerBase, layerPaid);
	}

	public Accumulators withLayerBase(FundType fund, Money amount) {
		var copy = new EnumMap<FundType, Money>(FundType.class);
		copy.putAll(layerBase);
		copy.put(fund, amount);
		return new Accumulators(year, deductiblePaid, admissions, poolPaid, copy, layerPaid);
	}

	public Accumulators withLayerPaid(FundType fund, Money amount) {
		var copy = new EnumMap<FundType, Money>(FundType.class);
		copy.putAll(layerPaid);
		copy.put(fund, amount);
		return new Accumulators(year, deductiblePaid, admissions, poolPaid, layerBase, copy);
	}

	private static <K extends Enum<K>> Map<K, Money> enumCopy(Map<K, Money> source, Class<K> type) {
		var copy = new EnumMap<K, Money>(type);
		if (source != null) {
			copy.putAll(source);
		}
		return Collections.unmodifiableMap(checked(copy));
	}

	private static <K> Map<K, Money> checked(Map<K, Money> values) {
		values.forEach((key, amount) -> {
			if (key == null || amount == null || amount.isNegative()) {
				throw new BusinessException(InsuranceErrors.INVALID_ACCUMULATORS, key + "=" + amount);
			}
		});
		return values;
	}

}
