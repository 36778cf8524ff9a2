package org.sanyi.insurance.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Money;
import org.sanyi.shared.RegionCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanyi.insurance.engine.IllustrativePolicies.HOME;

/**
 * Bad input fails with a stable INS code naming what is wrong, and never yields a partial
 * settlement.
 */
class SettlementRejectionTest {

	final SettlementEngine engine = new SettlementEngine();

	final PolicyVersion residents = IllustrativePolicies.resident2026();

	final Accumulators ytd = Accumulators.empty(2026);

	static Visit.Builder inpatient() {
		return Visit.builder()
			.insutype(Insutype.RESIDENT)
			.medType(MedType.INPATIENT)
			.hospitalLevel(HospitalLevel.GRADE_3A)
			.insuredRegion(HOME)
			.personType("1501")
			.age(45)
			.settlementDate(LocalDate.of(2026, 4, 1));
	}

	static FeeLine line(String no, String cls, String ratio, String cnt, String pric, String amount) {
		return FeeLine.of(no, "ITEM", cls, ratio, cnt, pric, amount, null);
	}

	List<FeeLine> ok() {
		return List.of(line("1", "01", null, "1", "100", "100.00"));
	}

	@Test
	void priceTimesQuantityThatDoesNotMatchTheAmountIsRejectedNamingTheLine() {
		var lines = List.of(line("1", "01", null, "1", "100", "100.00"), line("7", "01", null, "3", "33.33", "100.00"));

		BusinessException e = assertRejected(() -> engine.settle(residents, ytd, inpatient().build(), lines),
				InsuranceErrors.LINE_AMOUNT_MISMATCH);

		assertThat(e.args()).containsExactly("7", "33.33", "3", Money.of("99.99"), Money.of("100.00"));
	}

	@Test
	void amountIsTheProductRoundedHalfUpToTheFen() {
		var lines = List.of(line("1", "01", null, "3", "10.005", "30.02"));

		assertThat(engine.settle(residents, ytd, inpatient().build(), lines).totals().medicalFees())
			.isEqualTo(Money.of("30.02"));
	}

	@Test
	void negativeQuantityPriceOrAmountIsRejected() {
		assertRejected(() -> engine.settle(residents, ytd, inpatient().build(),
				List.of(line("1", "01", null, "-1", "100", "-100.00"))), InsuranceErrors.NEGATIVE_AMOUNT);
		assertRejected(
				() -> engine.settle(residents, ytd, inpatient().build(), List.of(new FeeLine("1", "X", CatalogueClass.A,
						null, BigDecimal.ONE, BigDecimal.TEN, Money.of("-10"), null))),
				InsuranceErrors.NEGATIVE_AMOUNT);
		assertRejected(
				() -> engine.settle(residents, ytd, inpatient().build(),
						List.of(FeeLine.of("1", "X", "01", null, "1", "10", "10.00", "-5"))),
				InsuranceErrors.NEGATIVE_AMOUNT);
	}

	@Test
	void unknownOrMissingCatalogueClassIsRejected() {
		assertThat(
				assertRejected(() -> line("3", "04", null, "1", "1", "1.00"), InsuranceErrors.UNKNOWN_CATALOGUE_CLASS)
					.args())
			.containsExactly("3", "04");
		assertRejected(
				() -> engine.settle(residents, ytd, inpatient().build(), List
					.of(new FeeLine("1", "X", null, null, BigDecimal.ONE, BigDecimal.ONE, Money.of("1"), null))),
				InsuranceErrors.UNKNOWN_CATALOGUE_CLASS);
	}

	@Test
	void classBWithoutRatioOrAnyClassWithAContradictoryRatioIsRejected() {
		for (FeeLine bad : List.of(line("1", "02", null, "1", "1", "1.00"), line("1", "02", "1.5", "1", "1", "1.00"),
				line("1", "02", "0.12345", "1", "1", "1.00"), line("1", "01", "0.1", "1", "1", "1.00"),
				line("1", "03", "0.5", "1", "1", "1.00"))) {
			assertRejected(() -> engine.settle(residents, ytd, inpatient().build(), List.of(bad)),
					InsuranceErrors.INVALID_SELF_PAY_RATIO);
		}
	}

	@Test
	void classAWithZeroAndClassCWithOneAreAcceptedAsTheNationalAnswerSendsThem() {
		var lines = List.of(line("1", "01", "0", "1", "100", "100.00"), line("2", "03", "1", "1", "50", "50.00"));

		Settlement s = engine.settle(residents, ytd, inpatient().build(), lines);

		assertThat(s.totals().fullOwnPay()).isEqualTo(Money.of("50"));
		assertThat(s.totals().inScope()).isEqualTo(Money.of("100"));
	}

	@Test
	void policyNotInForceOnTheSettlementDateIsRejected() {
		assertRejected(() -> engine.settle(IllustrativePolicies.resident2025(), ytd, inpatient().build(), ok()),
				InsuranceErrors.POLICY_NOT_IN_FORCE);
	}

	@Test
	void policyOfAnotherRegionOrSchemeIsRejected() {
		Visit insuredAtHomeTreatedElsewhere = inpatient().treatmentRegion(IllustrativePolicies.OTHER).build();

		assertRejected(() -> engine.settle(IllustrativePolicies.otherRegionResident2026(), ytd,
				insuredAtHomeTreatedElsewhere, ok()), InsuranceErrors.POLICY_NOT_APPLICABLE);
		assertRejected(() -> engine.settle(IllustrativePolicies.employee2026(), ytd, inpatient().build(), ok()),
				InsuranceErrors.POLICY_NOT_APPLICABLE);
	}

	@Test
	void policyWithoutParametersForTheVisitIsRejectedNamingWhatIsMissing() {
		PolicyVersion inpatientOnly = new PolicyVersion("T-1", RegionCode.of(HOME), Insutype.RESIDENT,
				LocalDate.of(2026, 1, 1), null, List.of(DeductibleRule.perYear(Selector.ANY, Money.ZERO)),
				List.of(RatioRule.of(Selector.of(BenefitKind.INPATIENT), "0.9")),
				List.of(new PoolCap("BASIC", Selector.ANY, Money.of("1000"))), List.of(), true, false);
		Visit outpatient = inpatient().medType(MedType.GENERAL_OUTPATIENT).build();

		BusinessException e = assertRejected(() -> engine.settle(inpatientOnly, ytd, outpatient, ok()),
				InsuranceErrors.MISSING_POLICY_PARAMETER);

		assertThat(e.args()).contains("T-1", "ratio");
	}

	@Test
	void unsupportedMedicalTypeIsRejected() {
		// 51 生育门诊: no basic-pool benefit here
		assertRejected(() -> engine.settle(residents, ytd, inpatient().medType(MedType.of("51")).build(), ok()),
				InsuranceErrors.UNSUPPORTED_MED_TYPE);
	}

	@Test
	void totalsOfAnotherYearAreRejected() {
		assertRejected(() -> engine.settle(residents, Accumulators.empty(2025), inpatient().build(), ok()),
				InsuranceErrors.ACCUMULATORS_YEAR_MISMATCH);
	}

	@Test
	void chronicVisitWithoutItsDiseaseVisitWithoutAgeAndAdmissionAfterSettlementAreInvalid() {
		assertRejected(
				() -> engine.settle(residents, ytd, inpatient().medType(MedType.CHRONIC_OUTPATIENT).build(), ok()),
				InsuranceErrors.INVALID_VISIT);
		assertRejected(() -> inpatient().admissionDate(LocalDate.of(2026, 5, 1)).build(),
				InsuranceErrors.INVALID_VISIT);
		assertRejected(() -> Visit.builder()
			.insutype(Insutype.RESIDENT)
			.medType(MedType.INPATIENT)
			.hospitalLevel(HospitalLevel.GRADE_3A)
			.insuredRegion(HOME)
			.settlementDate(LocalDate.of(2026, 4, 1))
			.build(), InsuranceErrors.INVALID_VISIT);
	}

	@Test
	void duplicateLineSerialsAndMissingLinesAreRejected() {
		assertRejected(
				() -> engine.settle(residents, ytd, inpatient().build(),
						List.of(line("1", "01", null, "1", "1", "1.00"), line("1", "01", null, "1", "2", "2.00"))),
				InsuranceErrors.DUPLICATE_FEE_LINE);
		assertRejected(() -> engine.settle(residents, ytd, inpatient().build(), List.of()),
				InsuranceErrors.NO_FEE_LINES);
	}

	@Test
	void personalAccountOnlyForEmployeesWithAKnownBalance() {
		assertRejected(() -> engine.settle(residents, ytd, inpatient().account(Money.of("100")).build(), ok()),
				InsuranceErrors.ACCOUNT_NOT_AVAILABLE);
		Visit employeeWithoutBalance = inpatient().insutype(Insutype.EMPLOYEE).personType("1101").account(null).build();
		assertRejected(() -> engine.settle(IllustrativePolicies.employee2026(), ytd, employeeWithoutBalance, ok()),
				InsuranceErrors.ACCOUNT_NOT_AVAILABLE);
	}

	@Test
	void inconsistentPolicyVersionsCannotBeBuilt() {
		assertRejected(() -> RatioRulePolicy.withRatio("1.2"), InsuranceErrors.INVALID_POLICY);
		assertRejected(() -> RatioRulePolicy.withRatio("0.12345"), InsuranceErrors.INVALID_POLICY);
		assertRejected(() -> RatioRulePolicy.withBands(Band.of("5000", "0.6"), Band.of("1000", "0.7")),
				InsuranceErrors.INVALID_POLICY);
		assertRejected(() -> RatioRulePolicy.withBands(), InsuranceErrors.INVALID_POLICY);
	}

	@Test
	void bookWithoutAVersionForTheVisitSaysSo() {
		Visit visit = inpatient().settlementDate(LocalDate.of(2024, 6, 1)).build();

		assertRejected(() -> IllustrativePolicies.book().forVisit(visit), InsuranceErrors.NO_POLICY_IN_FORCE);
	}

	@Test
	void malformedNumbersAndTooManyDecimalsAreRejected() {
		assertRejected(() -> line("1", "01", null, "1", "10.001", "10.001"), InsuranceErrors.INVALID_NUMBER);
		assertRejected(() -> line("1", "01", null, "one", "10", "10.00"), InsuranceErrors.INVALID_NUMBER);
		assertRejected(() -> engine.settle(residents, ytd, inpatient().build(),
				List.of(line("1", "01", null, "1.00001", "100", "100.00"))), InsuranceErrors.INVALID_NUMBER);
		assertRejected(() -> engine.settle(residents, ytd, inpatient().build(),
				List.of(line("1", "01", null, "1", "0.0000001", "0.00"))), InsuranceErrors.INVALID_NUMBER);
	}

	@Test
	void unknownHospitalLevelAndInsuranceTypeAreRejected() {
		assertRejected(() -> HospitalLevel.ofCode("15"), InsuranceErrors.UNKNOWN_HOSPITAL_LEVEL);
		assertRejected(() -> Insutype.ofCode("320"), InsuranceErrors.UNSUPPORTED_INSUTYPE);
	}

	@Test
	void negativeYearToDateTotalsAreRejected() {
		assertRejected(() -> ytd.withPoolPaid("BASIC", Money.of("-1")), InsuranceErrors.INVALID_ACCUMULATORS);
		assertRejected(() -> ytd.withAdmissions(-1), InsuranceErrors.INVALID_ACCUMULATORS);
		assertRejected(() -> new Accumulators(2026, Map.of(), 0, Map.of(), Map.of(),
				Map.of(FundType.MEDICAL_ASSISTANCE, Money.of("-0.01"))), InsuranceErrors.INVALID_ACCUMULATORS);
	}

	@Test
	void overlappingVersionsOfOneRegionAndSchemeCannotShareABook() {
		PolicyVersion open2025 = RatioRulePolicy.from(LocalDate.of(2025, 1, 1), null);
		PolicyVersion from2026 = RatioRulePolicy.from(LocalDate.of(2026, 1, 1), null);

		assertRejected(() -> new PolicyBook(List.of(open2025, from2026)), InsuranceErrors.OVERLAPPING_POLICY_VERSIONS);
	}

	@Test
	void oneBadLineAmongGoodOnesFailsTheWholeSettlement() {
		var lines = List.of(line("1", "01", null, "1", "100", "100.00"), line("2", "02", null, "1", "100", "100.00"));

		assertThatThrownBy(() -> engine.settle(residents, ytd, inpatient().identities(Set.of("DIBAO")).build(), lines))
			.isInstanceOf(BusinessException.class);
	}

	static BusinessException assertRejected(ThrowingCallable call, InsuranceErrors expected) {
		Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
		assertThat(thrown).isInstanceOf(BusinessException.class);
		BusinessException error = (BusinessException) thrown;
		assertThat(error.error()).as("error code of %s", error.getMessage()).isEqualTo(expected);
		return error;
	}

	/** Minimal one-rule policies for the validation tests. */
	static final class RatioRulePolicy {

		static PolicyVersion withRatio(String ratio) {
			return new PolicyVersion("T-RATIO", RegionCode.of(HOME), Insutype.RESIDENT, LocalDate.of(2026, 1, 1), null,
					List.of(DeductibleRule.perYear(Selector.ANY, Money.ZERO)),
					List.of(RatioRule.of(Selector.ANY, ratio)),
					List.of(new PoolCap("BASIC", Selector.ANY, Money.of("1000"))), List.of(), true, false);
		}

		static PolicyVersion withBands(Band... bands) {
			return new PolicyVersion("T-BANDS", RegionCode.of(HOME), Insutype.RESIDENT, LocalDate.of(2026, 1, 1), null,
					List.of(), List.of(), List.of(),
					List.of(new SupplementaryLayer(FundType.RESIDENT_CRITICAL_ILLNESS, Selector.ANY,
							Eligibility.EVERYONE, LayerBase.IN_SCOPE_SELF_PAY, List.of(bands), Money.of("1000"))),
					true, false);
		}

		static PolicyVersion from(LocalDate from, LocalDate to) {
			return new PolicyVersion("T-" + from, RegionCode.of(HOME), Insutype.RESIDENT, from, to, List.of(),
					List.of(), List.of(), List.of(), true, false);
		}

	}

}
