package org.sanyi.drg.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import org.sanyi.drg.grouper.GroupingStatus;
import org.sanyi.shared.Money;

/**
 * The DRG payment of one case (drg.md §5.3, §5.4). The patient's share stays as settled
 * by item; DRG changes what the fund pays the hospital:
 *
 * <pre>
 * base standard      = RW × base rate                                  (HALF_UP to the fen)
 * high threshold     = k_high × group mean cost,  low threshold = k_low × group mean cost   (HALF_UP to the fen)
 * normal case        : standard = base standard
 * high-cost outlier  : cost &gt; high threshold → standard = base standard + (cost − high threshold) × high ratio
 * low-cost outlier   : cost &lt; low threshold  → standard = cost (paid at its actual cost, i.e. by item)
 * patient paid       = medfee_sumamt − fund_pay_sumamt (self-pay, deductible, co-pay, as settled)
 * DRG fund payment   = max(0, standard − patient paid)
 * by item (FFS)      : not grouped (0000, check failed) or no weight → DRG fund payment = fund paid by item
 * </pre>
 */
public final class CasePayment {

	private CasePayment() {
	}

	public enum Kind {

		NORMAL, HIGH, LOW, FFS

	}

	/** Why a case is paid by item. */
	public enum FfsReason {

		NOT_GROUPED, CHECK_FAILED, NO_WEIGHT

	}

	/**
	 * A region's rules in force.
	 *
	 * @param baseRate yuan per RW
	 * @param highFactor k_high (e.g. 3: above three times the group mean)
	 * @param highRatio share of the cost above the high threshold that is added to the
	 * standard (0–1)
	 * @param lowFactor k_low (e.g. 0.4)
	 */
	public record Rules(BigDecimal baseRate, BigDecimal highFactor, BigDecimal highRatio, BigDecimal lowFactor) {

		public Rules {
			Objects.requireNonNull(baseRate);
			Objects.requireNonNull(highFactor);
			Objects.requireNonNull(highRatio);
			Objects.requireNonNull(lowFactor);
		}

	}

	/**
	 * A case to pay.
	 *
	 * @param status how the case was grouped
	 * @param rw the group's weight, null when it has none
	 * @param groupMeanCost the group's mean cost from the weights (null: no outlier test)
	 * @param cost medfee_sumamt
	 * @param patientPaid what the patient paid as settled (medfee_sumamt −
	 * fund_pay_sumamt)
	 * @param ffsFund fund_pay_sumamt: what the fund paid by item
	 */
	public record Case(GroupingStatus status, BigDecimal rw, BigDecimal groupMeanCost, BigDecimal cost,
			BigDecimal patientPaid, BigDecimal ffsFund) {

		public Case {
			Objects.requireNonNull(status);
			Objects.requireNonNull(cost);
			Objects.requireNonNull(patientPaid);
			Objects.requireNonNull(ffsFund);
		}

	}

	/**
	 * How the case was paid; the thresholds and base standard are null when they did not
	 * apply.
	 *
	 * @param surplus the hospital's result on the case: what it receives (DRG fund +
	 * patient) − its cost
	 */
	public record Outcome(Kind kind, FfsReason ffsReason, BigDecimal baseStandard, BigDecimal highThreshold,
			BigDecimal lowThreshold, BigDecimal standard, BigDecimal drgFund, BigDecimal surplus) {
	}

	public static Outcome pay(Case c, Rules rules) {
		if (c.status() != GroupingStatus.SUCCESS) {
			return ffs(c, c.status() == GroupingStatus.CHECK_FAILED ? FfsReason.CHECK_FAILED : FfsReason.NOT_GROUPED);
		}
		if (c.rw() == null || c.rw().signum() <= 0) {
			return ffs(c, FfsReason.NO_WEIGHT);
		}
		Money cost = fen(c.cost());
		Money base = fen(rules.baseRate()).times(c.rw());
		Money high = c.groupMeanCost() == null ? null : fen(c.groupMeanCost()).times(rules.highFactor());
		Money low = c.groupMeanCost() == null ? null : fen(c.groupMeanCost()).times(rules.lowFactor());
		Kind kind = Kind.NORMAL;
		Money standard = base;
		if (high != null && cost.compareTo(high) > 0) {
			kind = Kind.HIGH;
			standard = base.plus(cost.minus(high).times(rules.highRatio()));
		}
		else if (low != null && cost.compareTo(low) < 0) {
			kind = Kind.LOW;
			standard = cost;
		}
		Money fund = standard.minus(fen(c.patientPaid())).max(Money.ZERO);
		return new Outcome(kind, null, base.amount(), amount(high), amount(low), standard.amount(), fund.amount(),
				surplus(c, fund));
	}

	private static Outcome ffs(Case c, FfsReason reason) {
		Money fund = fen(c.ffsFund());
		return new Outcome(Kind.FFS, reason, null, null, null, null, fund.amount(), surplus(c, fund));
	}

	/** What the hospital receives (DRG fund and the patient) minus its cost. */
	private static BigDecimal surplus(Case c, Money fund) {
		return fund.plus(fen(c.patientPaid())).minus(fen(c.cost())).amount();
	}

	/**
	 * An amount of the settlement as money, rounded HALF_UP to the fen (the settled
	 * amounts already are).
	 */
	static Money fen(BigDecimal value) {
		return Money.of(value.setScale(2, RoundingMode.HALF_UP));
	}

	private static BigDecimal amount(Money money) {
		return money == null ? null : money.amount();
	}

}
