package org.sanyi.insurance.budget.engine;

import java.math.BigDecimal;
import java.util.List;

import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Money;

/**
 * The terms of one group's yearly global budget for one fund, checked when built.
 *
 * @param amount the year's budget (scale 2, positive)
 * @param startMonth the first month of the budget period (1 for a whole year; later when
 * global budgeting starts within the year); the period always ends in December
 * @param advanceRule how the budget is spread over the months
 * @param advanceRatio the share of each month's budget that is advanced (e.g. 0.90: 10 %
 * is kept back as a quality deposit until the year-end clearing), 0 to 1
 * @param surplusBands 结余留用: the share of the surplus the group keeps, by band of the
 * surplus as a share of the budget; the last band is open
 * @param overspendBands 超支分担: the share of the overspend the fund bears, by band; the
 * last band is open
 */
public record BudgetTerms(Money amount, int startMonth, AdvanceRule advanceRule, BigDecimal advanceRatio,
		List<Band> surplusBands, List<Band> overspendBands) {

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	public BudgetTerms {
		surplusBands = List.copyOf(surplusBands);
		overspendBands = List.copyOf(overspendBands);
		if (amount == null || amount.amount().signum() <= 0) {
			throw new BusinessException(InsuranceErrors.BUDGET_VALUE_INVALID, "amount", amount);
		}
		if (startMonth < 1 || startMonth > 12) {
			throw new BusinessException(InsuranceErrors.BUDGET_VALUE_INVALID, "startMonth", startMonth);
		}
		if (advanceRatio == null || advanceRatio.signum() < 0 || advanceRatio.compareTo(BigDecimal.ONE) > 0
				|| advanceRatio.stripTrailingZeros().scale() > 4) {
			throw new BusinessException(InsuranceErrors.BUDGET_VALUE_INVALID, "advanceRatio", advanceRatio);
		}
		if (advanceRule.kind() == AdvanceRule.Kind.SCHEDULE) {
			checkSchedule(advanceRule.percents(), startMonth);
		}
		else if (!advanceRule.percents().isEmpty()) {
			throw new BusinessException(InsuranceErrors.BUDGET_SCHEDULE_INVALID, advanceRule.percents());
		}
		checkBands("surplus", surplusBands);
		checkBands("overspend", overspendBands);
	}

	/** The number of months of the budget period. */
	public int months() {
		return 13 - startMonth;
	}

	private static void checkSchedule(List<BigDecimal> percents, int startMonth) {
		if (percents.size() != 12) {
			throw new BusinessException(InsuranceErrors.BUDGET_SCHEDULE_INVALID, percents);
		}
		BigDecimal sum = BigDecimal.ZERO;
		for (int m = 1; m <= 12; m++) {
			BigDecimal p = percents.get(m - 1);
			if (p == null || p.signum() < 0 || p.stripTrailingZeros().scale() > 2
					|| (m < startMonth && p.signum() != 0)) {
				throw new BusinessException(InsuranceErrors.BUDGET_SCHEDULE_INVALID, percents);
			}
			sum = sum.add(p);
		}
		if (sum.compareTo(HUNDRED) != 0) {
			throw new BusinessException(InsuranceErrors.BUDGET_SCHEDULE_INVALID, percents);
		}
	}

	private static void checkBands(String which, List<Band> bands) {
		if (bands.isEmpty() || bands.getLast().upTo() != null) {
			throw new BusinessException(InsuranceErrors.BUDGET_BANDS_INVALID, which);
		}
		BigDecimal previous = BigDecimal.ZERO;
		for (int i = 0; i < bands.size(); i++) {
			Band band = bands.get(i);
			BigDecimal share = band.share();
			if (share == null || share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0
					|| share.stripTrailingZeros().scale() > 4) {
				throw new BusinessException(InsuranceErrors.BUDGET_BANDS_INVALID, which);
			}
			if (i < bands.size() - 1) {
				if (band.upTo() == null || band.upTo().compareTo(previous) <= 0
						|| band.upTo().stripTrailingZeros().scale() > 4) {
					throw new BusinessException(InsuranceErrors.BUDGET_BANDS_INVALID, which);
				}
				previous = band.upTo();
			}
		}
	}

}
