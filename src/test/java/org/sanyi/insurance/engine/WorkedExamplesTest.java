package org.sanyi.insurance.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanyi.shared.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanyi.insurance.engine.IllustrativePolicies.HOME;
import static org.sanyi.insurance.engine.IllustrativePolicies.SUBSISTENCE;

/** insurance.md §2.6 and §2.7 reproduced to the fen, every figure the document gives. */
class WorkedExamplesTest {

	final SettlementEngine engine = new SettlementEngine();

	/**
	 * §2.6: 150,000 charges: 丙类 8,000; a consumable 2,000 above its price cap; 乙类 30,000;
	 * 甲类 110,000.
	 */
	static List<FeeLine> exampleALines() {
		return List.of(FeeLine.of("1", "C-OWN", "03", null, "2", "4000", "8000.00", null),
				FeeLine.of("2", "A-CONSUMABLE", "01", null, "2", "6000", "12000.00", "5000"),
				FeeLine.of("3", "A-SURGERY", "01", null, "1", "60000", "60000.00", null),
				FeeLine.of("4", "A-WARD", "01", null, "20", "2000", "40000.00", null),
				FeeLine.of("5", "B-DRUG", "02", "0.10", "100", "300", "30000.00", null));
	}

	static Visit exampleAVisit(Set<String> identities) {
		return Visit.builder()
			.visitId("S350400260301000001")
			.personId("35040000000000000001")
			.insutype(Insutype.RESIDENT)
			.medType(MedType.INPATIENT)
			.hospitalLevel(HospitalLevel.GRADE_3A)
			.insuredRegion(HOME)
			.personType("1501")
			.age(62)
			.identities(identities)
			.admissionDate(LocalDate.of(2026, 3, 1))
			.settlementDate(LocalDate.of(2026, 3, 15))
			.build();
	}

	@Test
	void exampleAResidentInpatientSubsistenceRecipientFirstAdmissionMatchesTheDocumentToTheFen() {
		Settlement s = engine.settle(IllustrativePolicies.resident2026(), Accumulators.empty(2026),
				exampleAVisit(Set.of(SUBSISTENCE)), exampleALines());

		Map<String, Object> setlinfo = SettlementFields.setlinfo(s);
		assertThat(setlinfo).containsEntry("medfee_sumamt", amount("150000.00"))
			.containsEntry("fulamt_ownpay_amt", amount("8000.00"))
			.containsEntry("overlmt_selfpay", amount("2000.00"))
			.containsEntry("preselfpay_amt", amount("3000.00"))
			.containsEntry("inscp_scp_amt", amount("137000.00"))
			.containsEntry("act_pay_dedc", amount("600.00"))
			.containsEntry("hifp_pay", amount("122760.00"))
			.containsEntry("pool_prop_selfpay", new BigDecimal("0.9000"))
			.containsEntry("hifmi_pay", amount("3144.00"))
			.containsEntry("maf_pay", amount("9867.20"))
			.containsEntry("fund_pay_sumamt", amount("135771.20"))
			.containsEntry("psn_part_amt", amount("14228.80"))
			.containsEntry("acct_pay", amount("0.00"))
			.containsEntry("psn_cash_pay", amount("14228.80"))
			.containsEntry("cvlserv_pay", amount("0.00"))
			.containsEntry("hifes_pay", amount("0.00"))
			.containsEntry("hifob_pay", amount("0.00"))
			.containsEntry("hifdm_pay", amount("0.00"))
			.containsEntry("oth_pay", amount("0.00"))
			.containsEntry("hosp_part_amt", amount("0.00"))
			.containsEntry("balc", amount("0.00"))
			.containsEntry("insutype", "390")
			.containsEntry("med_type", "21")
			.containsEntry("mdtrt_id", "S350400260301000001");

		// co-insurance 136,400 × 10% and the in-scope self-pay counting 先行自付: 600 +
		// 13,640 + 3,000
		assertThat(s.totals().inScope().minus(s.deductible()).minus(s.poolPaid())).isEqualTo(Money.of("13640.00"));
		assertThat(s.inScopeSelfPay()).isEqualTo(Money.of("17240.00"));
		// patient burden = 8,000 + 2,000 + (14,096 − 9,867.20)
		assertThat(s.personalPart())
			.isEqualTo(Money.of("8000").plus(Money.of("2000")).plus(Money.of("14096.00").minus(Money.of("9867.20"))));
		// the effective reimbursement is 90.5%
		assertThat(s.fundTotal().amount().divide(s.totals().medicalFees().amount(), 3, RoundingMode.HALF_UP))
			.isEqualByComparingTo("0.905");
	}

	@Test
	void exampleAGivesOneSetldetailRowPerFundWithItsBaseRemainingCapAndTrace() {
		Settlement s = engine.settle(IllustrativePolicies.resident2026(), Accumulators.empty(2026),
				exampleAVisit(Set.of(SUBSISTENCE)), exampleALines());

		List<Map<String, Object>> rows = SettlementFields.setldetail(s);

		assertThat(rows).extracting(r -> r.get("fund_pay_type")).containsExactly("390100", "390200", "610100");
		assertThat(rows).extracting(r -> r.get("inscp_scp_amt"))
			.containsExactly(amount("137000.00"), amount("17240.00"), amount("14096.00"));
		assertThat(rows).extracting(r -> r.get("crt_payb_lmt_amt"))
			.containsExactly(amount("200000.00"), amount("400000.00"), amount("50000.00"));
		assertThat(rows).extracting(r -> r.get("fund_payamt"))
			.containsExactly(amount("122760.00"), amount("3144.00"), amount("9867.20"));
		assertThat(rows).extracting(r -> r.get("fund_pay_type_name"))
			.containsExactly("城乡居民基本医疗保险基金", "城乡居民大病医疗保险资金", "医疗救助基金");
		assertThat((String) rows.get(0).get("setl_proc_info")).contains("(137000.00-600.00)=136400.00×90%=122760.00");
		assertThat((String) rows.get(1).get("setl_proc_info")).contains("[12000.00,50000.00) 5240.00×60%")
			.contains("合计3144.00");
		assertThat((String) rows.get(2).get("setl_proc_info")).contains("14096.00×70%").contains("合计9867.20");
	}

	@Test
	void exampleAClassifiesEveryLineLikeThe2204Answer() {
		Settlement s = engine.settle(IllustrativePolicies.resident2026(), Accumulators.empty(2026),
				exampleAVisit(Set.of(SUBSISTENCE)), exampleALines());

		List<Map<String, Object>> lines = SettlementFields.lineResults(s);

		assertThat(lines.get(0)).containsEntry("chrgitm_lv", "03")
			.containsEntry("fulamt_ownpay_amt", amount("8000.00"))
			.containsEntry("selfpay_prop", new BigDecimal("1.0000"));
		assertThat(lines.get(1)).containsEntry("overlmt_amt", amount("2000.00"))
			.containsEntry("inscp_scp_amt", amount("10000.00"));
		assertThat(lines.get(4)).containsEntry("preselfpay_amt", amount("3000.00"))
			.containsEntry("inscp_scp_amt", amount("27000.00"))
			.containsEntry("selfpay_prop", new BigDecimal("0.1000"));
	}

	@Test
	void exampleAUpdatesTheYearToDateTotalsWithoutTouchingTheInput() {
		Accumulators before = Accumulators.empty(2026);

		Settlement s = engine.settle(IllustrativePolicies.resident2026(), before, exampleAVisit(Set.of(SUBSISTENCE)),
				exampleALines());

		Accumulators after = s.accumulatorsAfter();
		assertThat(after.deductiblePaid(BenefitKind.INPATIENT)).isEqualTo(Money.of("600.00"));
		assertThat(after.admissions()).isEqualTo(1);
		assertThat(after.poolPaid("BASIC")).isEqualTo(Money.of("122760.00"));
		assertThat(after.layerBase(FundType.RESIDENT_CRITICAL_ILLNESS)).isEqualTo(Money.of("17240.00"));
		assertThat(after.layerPaid(FundType.RESIDENT_CRITICAL_ILLNESS)).isEqualTo(Money.of("3144.00"));
		assertThat(after.layerBase(FundType.MEDICAL_ASSISTANCE)).isEqualTo(Money.of("14096.00"));
		assertThat(after.layerPaid(FundType.MEDICAL_ASSISTANCE)).isEqualTo(Money.of("9867.20"));
		assertThat(before).isEqualTo(Accumulators.empty(2026));
	}

	@Test
	void exampleAWithoutAssistanceLeavesThePatient24096() {
		Settlement s = engine.settle(IllustrativePolicies.resident2026(), Accumulators.empty(2026),
				exampleAVisit(Set.of()), exampleALines());

		assertThat(s.payment(FundType.MEDICAL_ASSISTANCE)).isEmpty();
		assertThat(s.personalPart()).isEqualTo(Money.of("24096.00"));
	}

	static List<FeeLine> exampleBLines() {
		return List.of(FeeLine.of("1", "A-ITEM", "01", null, "1", "300", "300.00", null),
				FeeLine.of("2", "B-ITEM", "02", "0.10", "1", "150", "150.00", null),
				FeeLine.of("3", "C-ITEM", "03", null, "1", "50", "50.00", null));
	}

	static Visit exampleBVisit(String insuredRegion) {
		return Visit.builder()
			.insutype(Insutype.EMPLOYEE)
			.medType(MedType.GENERAL_OUTPATIENT)
			.hospitalLevel(HospitalLevel.GRADE_2A)
			.insuredRegion(insuredRegion)
			.personType("1101")
			.age(40)
			.settlementDate(LocalDate.of(2026, 5, 20))
			.account(Money.of("1000.00"))
			.build();
	}

	@Test
	void exampleBEmployeeOutpatientAccountPaysTheWholePatientShareWhereTheLocalRuleAllowsClassC() {
		Settlement s = engine.settle(IllustrativePolicies.employee2026(), Accumulators.empty(2026), exampleBVisit(HOME),
				exampleBLines());

		assertThat(SettlementFields.setlinfo(s)).containsEntry("fulamt_ownpay_amt", amount("50.00"))
			.containsEntry("overlmt_selfpay", amount("0.00"))
			.containsEntry("preselfpay_amt", amount("15.00"))
			.containsEntry("inscp_scp_amt", amount("435.00"))
			.containsEntry("act_pay_dedc", amount("200.00"))
			.containsEntry("hifp_pay", amount("141.00"))
			.containsEntry("pool_prop_selfpay", new BigDecimal("0.6000"))
			.containsEntry("fund_pay_sumamt", amount("141.00"))
			.containsEntry("psn_part_amt", amount("359.00"))
			.containsEntry("acct_pay", amount("359.00"))
			.containsEntry("psn_cash_pay", amount("0.00"))
			.containsEntry("balc", amount("641.00"));
		assertThat(SettlementFields.setldetail(s)).singleElement()
			.satisfies(row -> assertThat(row).containsEntry("fund_pay_type", "310100")
				.containsEntry("fund_payamt", amount("141.00")));
	}

	@Test
	void exampleBWhereTheAccountMayNotPayClassCLeavesFiftyInCash() {
		Settlement s = engine.settle(IllustrativePolicies.employeeAccountInScopeOnly2026(), Accumulators.empty(2026),
				exampleBVisit(IllustrativePolicies.ACCOUNT_IN_SCOPE_ONLY), exampleBLines());

		assertThat(s.poolPaid()).isEqualTo(Money.of("141.00"));
		assertThat(s.personalPart()).isEqualTo(Money.of("359.00"));
		assertThat(s.accountPay()).isEqualTo(Money.of("309.00"));
		assertThat(s.cashPay()).isEqualTo(Money.of("50.00"));
		assertThat(s.accountBalanceAfter()).isEqualTo(Money.of("691.00"));
		assertThat(s.accumulatorsAfter().deductiblePaid(BenefitKind.GENERAL_OUTPATIENT)).isEqualTo(Money.of("200.00"));
		assertThat(s.accumulatorsAfter().poolPaid("OUTPATIENT")).isEqualTo(Money.of("141.00"));
	}

	static BigDecimal amount(String value) {
		return new BigDecimal(value);
	}

}
