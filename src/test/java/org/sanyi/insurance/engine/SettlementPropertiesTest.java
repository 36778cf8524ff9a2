package org.sanyi.insurance.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanyi.shared.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Random visits, year-to-date totals and fee lines (fixed seed, so a failure reproduces)
 * always give a settlement that satisfies the identities, checked here independently of
 * {@link SettlementInvariants}.
 */
class SettlementPropertiesTest {

	static final long SEED = 20260315L;

	static final int RUNS = 3_000;

	final SettlementEngine engine = new SettlementEngine();

	final PolicyBook book = IllustrativePolicies.book();

	@Test
	void randomSettlementsAlwaysAddUpStayWithinCapsAndNeverGoNegative() {
		Random random = new Random(SEED);
		int capped = 0;
		int withinCap = 0;
		int criticalIllness = 0;
		int accountShort = 0;
		int assisted = 0;
		for (int run = 0; run < RUNS; run++) {
			Visit visit = randomVisit(random);
			PolicyVersion policy = book.forVisit(visit);
			Accumulators before = randomTotals(random, visit.year());
			List<FeeLine> lines = randomLines(random);

			Settlement s = engine.settle(policy, before, visit, lines);

			String context = "run " + run + " " + policy.code() + " " + visit.medType().code();
			checkLines(s, lines, context);
			checkFunds(s, policy, before, context);
			checkPatientShare(s, context);
			if (run % 10 == 0) {
				require(engine.settle(policy, before, visit, lines).equals(s), context, "same inputs, same settlement");
			}
			Money poolLimit = s.payment(visit.insutype().poolFund()).orElseThrow().limitRemaining();
			capped += s.poolPaid().equals(poolLimit) ? 1 : 0;
			withinCap += s.poolPaid().compareTo(poolLimit) < 0 && !s.poolPaid().isZero() ? 1 : 0;
			criticalIllness += s.paidBy(FundType.RESIDENT_CRITICAL_ILLNESS).isZero() ? 0 : 1;
			accountShort += visit.useAccount() && s.accountBalanceAfter().isZero() && !s.cashPay().isZero() ? 1 : 0;
			assisted += s.paidBy(FundType.MEDICAL_ASSISTANCE).isZero() ? 0 : 1;
		}
		// the generator really reaches the interesting corners
		System.out.printf("%d runs: %d capped, %d within cap, %d critical illness, %d account short, %d assisted%n",
				RUNS, capped, withinCap, criticalIllness, accountShort, assisted);
		assertThat(capped).isGreaterThan(50);
		assertThat(withinCap).isGreaterThan(500);
		assertThat(criticalIllness).isGreaterThan(50);
		assertThat(accountShort).isGreaterThan(20);
		assertThat(assisted).isGreaterThan(50);
	}

	// The checks run for thousands of settlements, so they are plain comparisons that
	// build a message only on failure.

	static void checkLines(Settlement s, List<FeeLine> lines, String context) {
		require(s.lines().size() == lines.size(), context, "one result per line");
		Money medfee = Money.ZERO;
		for (int i = 0; i < lines.size(); i++) {
			LineResult line = s.lines().get(i);
			for (Money part : List.of(line.fullOwnPay(), line.overLimit(), line.preSelfPay(), line.inScope())) {
				assertMoney(part, context);
			}
			Money parts = line.fullOwnPay().plus(line.overLimit()).plus(line.preSelfPay()).plus(line.inScope());
			require(line.amount().equals(lines.get(i).amount()) && parts.equals(line.amount()), context,
					"parts of line " + line.lineNo());
			medfee = medfee.plus(lines.get(i).amount());
		}
		require(s.totals().medicalFees().equals(medfee), context, "medfee_sumamt = sum of the lines");
	}

	static void checkFunds(Settlement s, PolicyVersion policy, Accumulators before, String context) {
		Money sum = Money.ZERO;
		for (FundPayment payment : s.fundPayments()) {
			assertMoney(payment.amount(), context);
			require(payment.amount().compareTo(payment.limitRemaining()) <= 0, context,
					payment.fund() + " within its remaining cap");
			sum = sum.plus(payment.amount());
		}
		require(s.fundTotal().equals(sum), context, "fund_pay_sumamt = sum of the funds");
		// funds only ever pay inside the policy scope (plus 先行自付 where it counts as
		// in-scope self-pay)
		require(s.fundTotal().compareTo(s.totals().inScope().plus(s.totals().preSelfPay())) <= 0, context,
				"funds within the policy scope");
		require(s.poolPaid().compareTo(s.totals().inScope().minus(s.deductible()).times(s.poolRatio())) <= 0, context,
				"pool at most its ratio of the scope above the deductible");
		Accumulators after = s.accumulatorsAfter();
		for (PoolCap cap : policy.caps()) {
			require(after.poolPaid(cap.name()).compareTo(cap.annualAmount().max(before.poolPaid(cap.name()))) <= 0,
					context, "pool within cap " + cap.name());
		}
		for (SupplementaryLayer layer : policy.layers()) {
			Money highestCap = policy.layers()
				.stream()
				.filter(l -> l.fund() == layer.fund())
				.map(SupplementaryLayer::annualCap)
				.reduce(Money::max)
				.orElseThrow();
			require(after.layerPaid(layer.fund()).compareTo(highestCap.max(before.layerPaid(layer.fund()))) <= 0,
					context, layer.fund() + " within its annual cap");
			require(after.layerPaid(layer.fund()).equals(before.layerPaid(layer.fund()).plus(s.paidBy(layer.fund()))),
					context, layer.fund() + " accumulated");
		}
	}

	static void checkPatientShare(Settlement s, String context) {
		for (Money m : List.of(s.deductible(), s.fundTotal(), s.personalPart(), s.accountPay(), s.cashPay(),
				s.hospitalPart(), s.accountBalanceAfter(), s.inScopeSelfPay())) {
			assertMoney(m, context);
		}
		require(s.fundTotal().plus(s.personalPart()).plus(s.hospitalPart()).equals(s.totals().medicalFees()), context,
				"fund_pay_sumamt + psn_part_amt + hosp_part_amt = medfee_sumamt");
		require(s.accountPay().plus(s.cashPay()).equals(s.personalPart()), context,
				"acct_pay + psn_cash_pay = psn_part_amt");
		require(s.personalPart().compareTo(s.totals().outOfScope()) >= 0, context,
				"patient pays at least 丙类 + over-limit");
		if (s.visit().accountBalance() != null) {
			require(s.accountPay().compareTo(s.visit().accountBalance()) <= 0, context, "account within its balance");
			require(s.accountBalanceAfter().equals(s.visit().accountBalance().minus(s.accountPay())), context, "balc");
		}
		require(s.visit().useAccount() || s.accountPay().isZero(), context, "no account payment unless asked");
	}

	static void assertMoney(Money m, String context) {
		require(m.amount().scale() == 2 && !m.isNegative(), context,
				"non-negative amount with two decimals: " + m.amount().toPlainString());
	}

	static void require(boolean condition, String context, String what) {
		if (!condition) {
			fail(context + ": " + what);
		}
	}

	static Visit randomVisit(Random random) {
		boolean employee = random.nextInt(3) == 0;
		String insured = employee
				? (random.nextBoolean() ? IllustrativePolicies.HOME : IllustrativePolicies.ACCOUNT_IN_SCOPE_ONLY)
				: (random.nextInt(4) == 0 ? IllustrativePolicies.OTHER : IllustrativePolicies.HOME);
		String treated = random.nextInt(5) == 0 ? "350700" : insured;
		boolean resident2025 = !employee && insured.equals(IllustrativePolicies.HOME) && random.nextInt(4) == 0;
		LocalDate date = LocalDate.of(resident2025 ? 2025 : 2026, 1 + random.nextInt(12), 1 + random.nextInt(28));
		String medType = List.of("11", "12", "13", "14", "140104", "21", "21", "21", "24", "28")
			.get(random.nextInt(10));
		Set<String> identities = new HashSet<>();
		for (String identity : List.of(IllustrativePolicies.SUBSISTENCE, IllustrativePolicies.EXTREME_POVERTY,
				IllustrativePolicies.LOW_INCOME)) {
			if (random.nextInt(6) == 0) {
				identities.add(identity);
			}
		}
		Visit.Builder builder = Visit.builder()
			.insutype(employee ? Insutype.EMPLOYEE : Insutype.RESIDENT)
			.medType(MedType.of(medType))
			.hospitalLevel(HospitalLevel.values()[random.nextInt(HospitalLevel.values().length)])
			.insuredRegion(insured)
			.treatmentRegion(treated)
			.personType(employee ? (random.nextBoolean() ? "1101" : "1201") : "1501")
			.age(random.nextInt(100))
			.civilServant(employee && random.nextInt(4) == 0)
			.identities(identities)
			.diseaseCode(medType.startsWith("14") ? (random.nextBoolean() ? "I10" : "E11") : null)
			.settlementDate(date);
		if (employee && random.nextInt(3) > 0) {
			Money balance = Money.of(BigDecimal.valueOf(random.nextInt(2_000_000), 2));
			if (random.nextInt(4) > 0) {
				builder.account(balance);
			}
			else {
				builder.accountNotUsed(balance);
			}
		}
		return builder.build();
	}

	static Accumulators randomTotals(Random random, int year) {
		Accumulators acc = Accumulators.empty(year);
		if (random.nextInt(4) == 0) {
			return acc;
		}
		acc = acc.withAdmissions(random.nextInt(4))
			.withDeductiblePaid(BenefitKind.GENERAL_OUTPATIENT, yuan(random, 300))
			.withDeductiblePaid(BenefitKind.CHRONIC_OUTPATIENT, yuan(random, 300))
			.withPoolPaid("BASIC", yuan(random, random.nextBoolean() ? 210_000 : 50_000))
			.withPoolPaid("OUTPATIENT", yuan(random, 3_500))
			.withPoolPaid("CHRONIC-I10", yuan(random, 3_500));
		for (FundType fund : List.of(FundType.RESIDENT_CRITICAL_ILLNESS, FundType.MEDICAL_ASSISTANCE,
				FundType.LARGE_EXPENSE_SUBSIDY, FundType.CIVIL_SERVANT_SUBSIDY)) {
			acc = acc.withLayerBase(fund, yuan(random, 150_000)).withLayerPaid(fund, yuan(random, 60_000));
		}
		return acc;
	}

	static List<FeeLine> randomLines(Random random) {
		int count = 1 + random.nextInt(40);
		List<FeeLine> lines = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			CatalogueClass cls = CatalogueClass.values()[random.nextInt(10) < 5 ? 0 : random.nextInt(10) < 7 ? 1 : 2];
			// quantities up to 4 decimals (numeric 16,4): whole units, tenths, or a
			// fraction of a pack
			BigDecimal quantity = BigDecimal.valueOf(1 + random.nextInt(30),
					random.nextInt(10) == 0 ? 4 : random.nextInt(2));
			// unit prices up to 6 decimals (numeric 16,6), mostly below 500 yuan,
			// sometimes up to 50,000
			int extraDecimals = random.nextInt(5);
			long maxCents = random.nextInt(10) == 0 ? 5_000_000L : 50_000L;
			BigDecimal price = BigDecimal.valueOf(1 + (long) (random.nextDouble() * maxCents), 2)
				.add(BigDecimal.valueOf(random.nextInt((int) Math.pow(10, extraDecimals)), 2 + extraDecimals));
			BigDecimal ratio = cls == CatalogueClass.B ? BigDecimal.valueOf(random.nextInt(31), 2) : null;
			BigDecimal cap = cls != CatalogueClass.C && random.nextInt(5) == 0
					? price.multiply(BigDecimal.valueOf(50 + random.nextInt(100), 2)).setScale(6, RoundingMode.DOWN)
					: null;
			Money amount = Money.of(price.multiply(quantity).setScale(2, RoundingMode.HALF_UP));
			lines.add(new FeeLine(String.valueOf(i + 1), "ITEM" + i, cls, ratio, quantity, price, amount, cap));
		}
		return lines;
	}

	static Money yuan(Random random, int max) {
		return Money.of(BigDecimal.valueOf((long) (random.nextDouble() * max * 100), 2));
	}

}
