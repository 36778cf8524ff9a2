package org.sanyi.insurance.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.sanyi.shared.Money;
import org.sanyi.shared.RegionCode;

import static org.sanyi.insurance.engine.BenefitKind.CHRONIC_OUTPATIENT;
import static org.sanyi.insurance.engine.BenefitKind.GENERAL_OUTPATIENT;
import static org.sanyi.insurance.engine.BenefitKind.INPATIENT;

/**
 * The policy versions the tests settle against. ILLUSTRATIVE, not official: the values
 * insurance.md §2.5 gives (resident grade-3 inpatient deductible 600 after 900, ratio 90%
 * after 70%, cap 200,000, 乙类 10%, 大病 12,000 at 60/70/80%, 低保 assistance 70% up to 50,000,
 * employee outpatient deductible 200 at 60%) are used as given; every other number (other
 * tiers, later admissions, employee inpatient, caps of outpatient and chronic benefits,
 * 特困 and low-income assistance, subsidies, the second region) is invented for the tests
 * and marked "invented" below.
 */
public final class IllustrativePolicies {

	/**
	 * The insured region of the examples (a Sanming-like city; the code is 三明's, the
	 * numbers are not).
	 */
	public static final String HOME = "350400";

	/**
	 * Another pooling region with its own (invented) resident policy, to show whose
	 * policy a cross-region visit uses.
	 */
	public static final String OTHER = "350100";

	/**
	 * A region whose (invented) employee policy lets the personal account pay only
	 * in-scope amounts (§2.7).
	 */
	public static final String ACCOUNT_IN_SCOPE_ONLY = "350600";

	/**
	 * Special identities ({@code psn_idet_type} values are local; these are the tests'
	 * codes).
	 */
	public static final String SUBSISTENCE = "DIBAO";

	public static final String EXTREME_POVERTY = "TEKUN";

	public static final String LOW_INCOME = "DISHOURU";

	private static final Selector HOSPITAL_CARE = Selector.of(INPATIENT, CHRONIC_OUTPATIENT);

	private IllustrativePolicies() {
	}

	/**
	 * Residents 2025: deductible 900 and ratio 70% (the values the brief says were
	 * replaced).
	 */
	public static PolicyVersion resident2025() {
		return resident(HOME + "-390-2025", HOME, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "900", "450",
				"0.70", "0.60");
	}

	/** Residents 2026: deductible 600 and ratio 90% (insurance.md §2.5). */
	public static PolicyVersion resident2026() {
		return resident(HOME + "-390-2026", HOME, LocalDate.of(2026, 1, 1), null, "600", "300", "0.90", "0.80");
	}

	/**
	 * The other region's residents (invented: deductible 1,000, ratio 75%, cap 150,000).
	 */
	public static PolicyVersion otherRegionResident2026() {
		return new PolicyVersion(OTHER + "-390-2026", RegionCode.of(OTHER), Insutype.RESIDENT, LocalDate.of(2026, 1, 1),
				null,
				List.of(DeductibleRule.perAdmission(Selector.of(INPATIENT), Money.of("1000")),
						DeductibleRule.perYear(Selector.of(GENERAL_OUTPATIENT, CHRONIC_OUTPATIENT), Money.of("100"))),
				List.of(RatioRule.of(Selector.ANY, "0.75")),
				List.of(new PoolCap("BASIC", Selector.ANY, Money.of("150000"))),
				List.of(new SupplementaryLayer(FundType.RESIDENT_CRITICAL_ILLNESS, HOSPITAL_CARE, Eligibility.EVERYONE,
						LayerBase.IN_SCOPE_SELF_PAY, List.of(Band.of("15000", "0.60")), Money.of("300000"))),
				true, false);
	}

	/**
	 * Employees 2026, personal account may pay every part of the patient's share (§2.7
	 * first reading).
	 */
	public static PolicyVersion employee2026() {
		return employee(HOME + "-310-2026", HOME, true);
	}

	/**
	 * Employees of {@link #ACCOUNT_IN_SCOPE_ONLY}: the account does not pay 丙类 or
	 * over-limit amounts.
	 */
	public static PolicyVersion employeeAccountInScopeOnly2026() {
		return employee(ACCOUNT_IN_SCOPE_ONLY + "-310-2026", ACCOUNT_IN_SCOPE_ONLY, false);
	}

	/** Every version above, as the caller's book. */
	public static PolicyBook book() {
		return new PolicyBook(List.of(resident2025(), resident2026(), otherRegionResident2026(), employee2026(),
				employeeAccountInScopeOnly2026()));
	}

	private static PolicyVersion resident(String code, String region, LocalDate from, LocalDate to, String tier3First,
			String tier3Later, String ratio, String crossRegionRatio) {
		return new PolicyVersion(code, RegionCode.of(region), Insutype.RESIDENT, from, to,
				List.of(DeductibleRule.perAdmission(Selector.of(INPATIENT).atTier(3), Money.of(tier3First),
						Money.of(tier3Later)),
						// invented: tier 2 and 1, later admissions at half
						DeductibleRule.perAdmission(Selector.of(INPATIENT).atTier(2), Money.of("400"), Money.of("200")),
						DeductibleRule.perAdmission(Selector.of(INPATIENT).atTier(1), Money.of("200"), Money.of("100")),
						// invented: outpatient pooling and 门诊慢特病 yearly deductibles
						DeductibleRule.perYear(Selector.of(GENERAL_OUTPATIENT), Money.of("100")),
						DeductibleRule.perYear(Selector.of(CHRONIC_OUTPATIENT), Money.of("200"))),
				List.of(RatioRule.of(Selector.of(INPATIENT).in(Locality.CROSS_REGION), crossRegionRatio),
						RatioRule.of(Selector.of(INPATIENT), ratio),
						// invented
						RatioRule.of(Selector.of(CHRONIC_OUTPATIENT), "0.70"),
						RatioRule.of(Selector.of(GENERAL_OUTPATIENT).atTier(1), "0.60"),
						RatioRule.of(Selector.of(GENERAL_OUTPATIENT), "0.50")),
				List.of(new PoolCap("BASIC", HOSPITAL_CARE, Money.of("200000")),
						// invented: hypertension has its own chronic cap inside BASIC;
						// outpatient pooling cap
						new PoolCap("CHRONIC-I10", Selector.of(CHRONIC_OUTPATIENT).forDisease("I10"), Money.of("3000")),
						new PoolCap("OUTPATIENT", Selector.of(GENERAL_OUTPATIENT), Money.of("800"))),
				List.of(new SupplementaryLayer(FundType.RESIDENT_CRITICAL_ILLNESS, HOSPITAL_CARE, Eligibility.EVERYONE,
						LayerBase.IN_SCOPE_SELF_PAY,
						List.of(Band.of("12000", "0.60"), Band.of("50000", "0.70"), Band.of("100000", "0.80")),
						Money.of("400000")), // the cap is invented
						// invented: 特困 100% up to 100,000; low income 60% above 3,000 up
						// to 30,000
						assistance(EXTREME_POVERTY, "0", "1", "100000"), assistance(SUBSISTENCE, "0", "0.70", "50000"),
						assistance(LOW_INCOME, "3000", "0.60", "30000")),
				true, false);
	}

	private static PolicyVersion employee(String code, String region, boolean accountPaysOutOfScope) {
		return new PolicyVersion(code, RegionCode.of(region), Insutype.EMPLOYEE, LocalDate.of(2026, 1, 1), null,
				List.of(DeductibleRule.perYear(Selector.of(GENERAL_OUTPATIENT), Money.of("200")),
						// invented from here on
						DeductibleRule.perYear(Selector.of(CHRONIC_OUTPATIENT), Money.ZERO),
						DeductibleRule.perAdmission(Selector.of(INPATIENT).atTier(3), Money.of("800"), Money.of("400")),
						DeductibleRule.perAdmission(Selector.of(INPATIENT).atTier(2), Money.of("500"), Money.of("250")),
						DeductibleRule.perAdmission(Selector.of(INPATIENT).atTier(1), Money.of("300"),
								Money.of("150"))),
				List.of(RatioRule.of(Selector.of(GENERAL_OUTPATIENT).forGroup(PersonGroup.RETIRED), "0.70"),
						RatioRule.of(Selector.of(GENERAL_OUTPATIENT).forGroup(PersonGroup.IN_SERVICE).aged(45, 200),
								"0.65"),
						RatioRule.of(Selector.of(GENERAL_OUTPATIENT), "0.60"), // §2.5
						RatioRule.of(Selector.of(CHRONIC_OUTPATIENT), "0.80"),
						RatioRule.of(Selector.of(INPATIENT).forGroup(PersonGroup.RETIRED), "0.90"),
						RatioRule.of(Selector.of(INPATIENT), "0.85")),
				List.of(new PoolCap("BASIC", HOSPITAL_CARE, Money.of("150000")),
						new PoolCap("OUTPATIENT", Selector.of(GENERAL_OUTPATIENT), Money.of("3000"))),
				List.of(new SupplementaryLayer(FundType.LARGE_EXPENSE_SUBSIDY, HOSPITAL_CARE, Eligibility.EVERYONE,
						LayerBase.ABOVE_POOL_CAP, List.of(Band.of("0", "0.90")), Money.of("300000")),
						new SupplementaryLayer(FundType.CIVIL_SERVANT_SUBSIDY, Selector.ANY, Eligibility.CIVIL_SERVANTS,
								LayerBase.IN_SCOPE_SELF_PAY, List.of(Band.of("0", "0.50")), Money.of("30000")),
						assistance(EXTREME_POVERTY, "0", "1", "100000"), assistance(SUBSISTENCE, "0", "0.70", "50000")),
				true, accountPaysOutOfScope);
	}

	private static SupplementaryLayer assistance(String identity, String threshold, String ratio, String cap) {
		return new SupplementaryLayer(FundType.MEDICAL_ASSISTANCE, HOSPITAL_CARE, Eligibility.identities(identity),
				LayerBase.IN_SCOPE_SELF_PAY, List.of(new Band(Money.of(threshold), new BigDecimal(ratio))),
				Money.of(cap));
	}

}
