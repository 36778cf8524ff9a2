package org.sanyi.insurance.engine;

import java.math.BigDecimal;

import org.sanyi.shared.Money;

/**
 * The identities every settlement satisfies (insurance.md §1.6.3, §1.6.6). The engine
 * checks them before returning a settlement; a violation is a programming error, reported
 * as {@link IllegalStateException} and never as a business error, so a wrong result
 * cannot leave the engine.
 * <ul>
 * <li>each line: amount = full own-pay + over-limit + 先行自付 + in scope, every part ≥
 * 0;</li>
 * <li>the totals are the sums of the lines;</li>
 * <li>0 ≤ deductible ≤ in scope;</li>
 * <li>each fund: 0 ≤ payment ≤ its base and ≤ what was left of its cap; fund total = Σ
 * funds;</li>
 * <li>fund total + personal part + hospital part = medical fees; personal part = account
 * + cash, each ≥ 0;</li>
 * <li>account balance after ≥ 0 and = balance before − account payment;</li>
 * <li>the totals after = the totals before + this settlement, and no accumulated amount
 * goes down.</li>
 * </ul>
 * Every amount is a {@link Money}, which cannot hold more than two decimals.
 */
public final class SettlementInvariants {

	private SettlementInvariants() {
	}

	/** Throws {@link IllegalStateException} naming the first broken identity. */
	public static void verify(Settlement s, Accumulators before) {
		FeeTotals sum = FeeTotals.ZERO;
		for (LineResult line : s.lines()) {
			nonNegative(line.fullOwnPay(), "full own-pay of line %s", line.lineNo());
			nonNegative(line.overLimit(), "over-limit of line %s", line.lineNo());
			nonNegative(line.preSelfPay(), "pre-self-pay of line %s", line.lineNo());
			nonNegative(line.inScope(), "in-scope of line %s", line.lineNo());
			check(line.fullOwnPay()
				.plus(line.overLimit())
				.plus(line.preSelfPay())
				.plus(line.inScope())
				.equals(line.amount()), "parts of line %s do not add up", line.lineNo());
			sum = sum.plus(line);
		}
		check(sum.equals(s.totals()), "totals are not the sums of the lines");
		nonNegative(s.deductible(), "deductible");
		check(s.deductible().compareTo(s.totals().inScope()) <= 0, "deductible above the policy scope");
		check(s.poolRatio().signum() >= 0 && s.poolRatio().compareTo(BigDecimal.ONE) <= 0, "pool ratio outside 0-1");

		Money funds = Money.ZERO;
		for (FundPayment payment : s.fundPayments()) {
			nonNegative(payment.amount(), "payment of %s", payment.fund());
			check(payment.amount().compareTo(payment.base()) <= 0, "fund %s pays above its base", payment.fund());
			check(payment.amount().compareTo(payment.limitRemaining()) <= 0, "fund %s pays above its remaining cap",
					payment.fund());
			funds = funds.plus(payment.amount());
		}
		check(funds.equals(s.fundTotal()), "fund total is not the sum of the funds");
		check(s.fundTotal().plus(s.personalPart()).plus(s.hospitalPart()).equals(s.totals().medicalFees()),
				"funds + personal part + hospital part != medical fees");
		nonNegative(s.personalPart(), "personal part");
		nonNegative(s.accountPay(), "account payment");
		nonNegative(s.cashPay(), "cash payment");
		nonNegative(s.hospitalPart(), "hospital part");
		check(s.accountPay().plus(s.cashPay()).equals(s.personalPart()), "account + cash != personal part");
		nonNegative(s.accountBalanceAfter(), "account balance after");
		if (s.visit().accountBalance() != null) {
			check(s.visit().accountBalance().minus(s.accountPay()).equals(s.accountBalanceAfter()), "account balance");
		}
		else {
			check(s.accountPay().isZero(), "account paid without an account");
		}
		verifyAccumulators(s, before);
	}

	private static void verifyAccumulators(Settlement s, Accumulators before) {
		Accumulators after = s.accumulatorsAfter();
		check(after.year() == before.year(), "accumulator year changed");
		BenefitKind kind = s.visit().benefitKind();
		// the deductible counts under one kind: the visit's, or the kind it was settled
		// as
		// (an online follow-up under general outpatient)
		Money deductiblesBefore = Money.ZERO;
		Money deductiblesAfter = Money.ZERO;
		for (BenefitKind k : BenefitKind.values()) {
			deductiblesBefore = deductiblesBefore.plus(before.deductiblePaid(k));
			deductiblesAfter = deductiblesAfter.plus(after.deductiblePaid(k));
		}
		check(deductiblesAfter.equals(deductiblesBefore.plus(s.deductible())), "deductible accumulator");
		boolean newAdmission = kind == BenefitKind.INPATIENT && s.visit().deductibleBorneThisAdmission() == null;
		int admissions = before.admissions() + (newAdmission ? 1 : 0);
		check(after.admissions() == admissions, "admission count");
		after.poolPaid()
			.forEach((cap, paid) -> check(
					paid.equals(before.poolPaid(cap)) || paid.equals(before.poolPaid(cap).plus(s.poolPaid())),
					"pool accumulator %s", cap));
		for (FundType fund : FundType.values()) {
			if (fund.isBasicPool()) {
				continue;
			}
			check(after.layerPaid(fund).equals(before.layerPaid(fund).plus(s.paidBy(fund))), "paid accumulator %s",
					fund);
			check(after.layerBase(fund).compareTo(before.layerBase(fund)) >= 0, "base accumulator %s", fund);
		}
	}

	private static void nonNegative(Money amount, String what) {
		check(amount != null && !amount.isNegative(), "%s is negative or missing", what);
	}

	private static void nonNegative(Money amount, String what, Object detail) {
		// the message is formatted only on failure: this runs for every line of every
		// settlement
		if (amount == null || amount.isNegative()) {
			check(false, what + " is negative or missing", detail);
		}
	}

	private static void check(boolean condition, String what) {
		check(condition, "%s", what);
	}

	private static void check(boolean condition, String format, Object detail) {
		if (!condition) {
			throw new IllegalStateException("settlement invariant broken: " + format.formatted(detail));
		}
	}

}
