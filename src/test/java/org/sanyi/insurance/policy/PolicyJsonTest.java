package org.sanyi.insurance.policy;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanyi.insurance.engine.Accumulators;
import org.sanyi.insurance.engine.FeeLine;
import org.sanyi.insurance.engine.HospitalLevel;
import org.sanyi.insurance.engine.IllustrativePolicies;
import org.sanyi.insurance.engine.Insutype;
import org.sanyi.insurance.engine.MedType;
import org.sanyi.insurance.engine.PolicyVersion;
import org.sanyi.insurance.engine.ReferralContext;
import org.sanyi.insurance.engine.Settlement;
import org.sanyi.insurance.engine.SettlementEngine;
import org.sanyi.insurance.engine.Visit;
import org.sanyi.insurance.settlement.AccumulatorCodec;
import org.sanyi.insurance.support.Json;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Money;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Policy versions survive the trip through their stored JSON, and the demo's policy file
 * prices like the engine's.
 */
class PolicyJsonTest {

	@Test
	void everyIllustrativeVersionReadsBackEqualFromItsJson() {
		for (PolicyVersion version : List.of(IllustrativePolicies.resident2025(), IllustrativePolicies.resident2026(),
				IllustrativePolicies.otherRegionResident2026(), IllustrativePolicies.employee2026(),
				IllustrativePolicies.employeeAccountInScopeOnly2026())) {
			String json = PolicyJson.write(version);
			PolicyVersion read = PolicyJson.read(version.code(), version.region().value(), version.insutype().code(),
					version.effectiveFrom(), version.effectiveTo(), json);
			assertThat(read).as(version.code()).isEqualTo(version);
		}
	}

	@Test
	void theDemoResidentPolicyOf2026SettlesWorkedExampleALikeTheEngineTests() throws Exception {
		PolicyVersion demo = demoVersion("359900-390-2026");
		Visit visit = Visit.builder()
			.insutype(Insutype.RESIDENT)
			.medType(MedType.INPATIENT)
			.hospitalLevel(HospitalLevel.GRADE_3A)
			.insuredRegion("359900")
			.personType("1501")
			.age(62)
			.identities(java.util.Set.of("DIBAO"))
			.settlementDate(LocalDate.of(2026, 3, 15))
			.build();
		List<FeeLine> lines = List.of(FeeLine.of("1", "C-OWN", "03", null, "2", "4000", "8000.00", null),
				FeeLine.of("2", "A-CONSUMABLE", "01", null, "2", "6000", "12000.00", "5000"),
				FeeLine.of("3", "A-SURGERY", "01", null, "1", "60000", "60000.00", null),
				FeeLine.of("4", "A-WARD", "01", null, "20", "2000", "40000.00", null),
				FeeLine.of("5", "B-DRUG", "02", "0.10", "100", "300", "30000.00", null));

		Settlement s = new SettlementEngine().settle(demo, Accumulators.empty(2026), visit, lines);

		assertThat(s.fundTotal()).isEqualTo(Money.of("135771.20"));
		assertThat(s.poolPaid()).isEqualTo(Money.of("122760.00"));
		assertThat(s.cashPay()).isEqualTo(Money.of("14228.80"));
	}

	@Test
	void theDemoResidentPolicyOf2026CutsTenPointsForUnreferredOutOfCountyStaysOnly() throws Exception {
		PolicyVersion demo = demoVersion("359900-390-2026");
		assertThat(demo.referral().unfiledOutOfCountyRatioCut()).isEqualByComparingTo("0.10");
		assertThat(demoVersion("359900-310-2026").referral().unfiledOutOfCountyRatioCut()).isZero();
		Visit stay = Visit.builder()
			.insutype(Insutype.RESIDENT)
			.medType(MedType.INPATIENT)
			.hospitalLevel(HospitalLevel.GRADE_3A)
			.insuredRegion("359900")
			.personType("1501")
			.age(70)
			.admissionDate(LocalDate.of(2026, 11, 1))
			.settlementDate(LocalDate.of(2026, 11, 5))
			.build();
		List<FeeLine> ward = List.of(FeeLine.of("1", "A-WARD", "01", null, "5", "2000", "10000.00", null));
		LocalDate from = LocalDate.of(2026, 10, 31);
		// 600 deductible, then 90 %; out of the county without a 2501: 80 %
		assertThat(pool(demo, stay, ward)).isEqualTo(Money.of("8460.00"));
		assertThat(pool(demo, stay.withReferral(ReferralContext.unfiled(true)), ward)).isEqualTo(Money.of("7520.00"));
		assertThat(pool(demo, stay.withReferral(ReferralContext.unfiled(false)), ward)).isEqualTo(Money.of("8460.00"));
		assertThat(pool(demo,
				stay.withReferral(new ReferralContext(true, "ZY2501", from, from.plusDays(89), false, null)), ward))
			.isEqualTo(Money.of("8460.00"));
		// a registration that ended before the admission is none
		assertThat(pool(demo,
				stay.withReferral(
						new ReferralContext(true, "ZY2501", from.minusDays(100), from.minusDays(11), false, null)),
				ward))
			.isEqualTo(Money.of("7520.00"));
	}

	private static Money pool(PolicyVersion policy, Visit visit, List<FeeLine> lines) {
		return new SettlementEngine().settle(policy, Accumulators.empty(2026), visit, lines).poolPaid();
	}

	@Test
	void malformedParametersFailWithThePolicyCodeAndThePlace() {
		assertThatThrownBy(() -> PolicyJson.read("X-1", "359900", "390", LocalDate.of(2026, 1, 1), null,
				"{\"ratios\": [{\"when\": {}, \"ratio\": \"ninety\"}]}"))
			.isInstanceOf(BusinessException.class)
			.hasMessageContaining("INS-0014")
			.hasMessageContaining("ratio is not a number");
		assertThatThrownBy(() -> PolicyJson.read("X-2", "359900", "390", LocalDate.of(2026, 1, 1), null, "[1, 2]"))
			.hasMessageContaining("INS-0014");
	}

	@Test
	void accumulatorsRoundTripAndDeltasAddUp() {
		PolicyVersion policy = IllustrativePolicies.resident2026();
		Visit visit = Visit.builder()
			.insutype(Insutype.RESIDENT)
			.medType(MedType.INPATIENT)
			.hospitalLevel(HospitalLevel.GRADE_3A)
			.insuredRegion(IllustrativePolicies.HOME)
			.personType("1501")
			.age(40)
			.settlementDate(LocalDate.of(2026, 5, 1))
			.build();
		Settlement s = new SettlementEngine().settle(policy, Accumulators.empty(2026), visit,
				List.of(FeeLine.of("1", "A", "01", null, "1", "30000", "30000.00", null)));

		Map<String, java.math.BigDecimal> after = AccumulatorCodec.toMap(s.accumulatorsAfter());
		assertThat(AccumulatorCodec.toMap(AccumulatorCodec.fromMap(2026, after))).isEqualTo(after);
		Map<String, java.math.BigDecimal> delta = AccumulatorCodec.delta(Map.of(), after);
		assertThat(AccumulatorCodec.add(after, delta, -1)).isEmpty();
		assertThat(after).containsKeys("admissions", "dedc.INPATIENT", "pool.BASIC");
	}

	static PolicyVersion demoVersion(String code) throws Exception {
		try (InputStream in = PolicyJsonTest.class.getResourceAsStream("/demo/insurance-policies.json")) {
			for (JsonNode v : Json.MAPPER.readTree(in).values()) {
				if (v.get("code").asString().equals(code)) {
					JsonNode to = v.get("effectiveTo");
					return PolicyJson.read(code, v.get("region").asString(), v.get("insutype").asString(),
							LocalDate.parse(v.get("effectiveFrom").asString()),
							to == null || to.isNull() ? null : LocalDate.parse(to.asString()),
							Json.write(v.get("parameters")));
				}
			}
		}
		throw new IllegalArgumentException(code);
	}

	@Test
	void onlineRulesAndReferralRulesSurviveTheTripAndAVersionWithoutTheSectionHasNone() {
		PolicyVersion base = IllustrativePolicies.resident2026();
		var online = org.sanyi.insurance.engine.Selector.of(org.sanyi.insurance.engine.BenefitKind.ONLINE_OUTPATIENT);
		var ratios = new java.util.ArrayList<>(base.ratios());
		ratios.addFirst(org.sanyi.insurance.engine.RatioRule.of(online, "0.70"));
		var caps = new java.util.ArrayList<>(base.caps());
		caps.add(new org.sanyi.insurance.engine.PoolCap("ONLINE", online, Money.of("300")));
		PolicyVersion version = new PolicyVersion(base.code(), base.region(), base.insutype(), base.effectiveFrom(),
				base.effectiveTo(), base.deductibles(), ratios, caps, base.layers(),
				base.preSelfPayCountsAsInScopeSelfPay(), base.accountPaysOutOfScope(),
				new org.sanyi.insurance.engine.ReferralRules(true, new java.math.BigDecimal("0.15")));

		String json = PolicyJson.write(version);
		assertThat(json).contains("ONLINE_OUTPATIENT").contains("unfiledOutOfCountyRatioCut").contains("0.15");
		assertThat(PolicyJson.read(version.code(), version.region().value(), version.insutype().code(),
				version.effectiveFrom(), version.effectiveTo(), json))
			.isEqualTo(version);

		String without = PolicyJson.write(base);
		assertThat(without).doesNotContain("referral");
		assertThat(PolicyJson.read(base.code(), "350400", "390", base.effectiveFrom(), null, without).referral())
			.isEqualTo(org.sanyi.insurance.engine.ReferralRules.NONE);
		// a section that names only one rule takes the other's default
		PolicyVersion partial = PolicyJson.read(base.code(), "350400", "390", base.effectiveFrom(), null,
				"{\"deductibles\": [], \"ratios\": [], \"caps\": [], \"layers\": [], "
						+ "\"referral\": {\"allianceDeductibleContinuity\": false}}");
		assertThat(partial.referral().allianceDeductibleContinuity()).isFalse();
		assertThat(partial.referral().unfiledOutOfCountyRatioCut()).isEqualByComparingTo("0.10");
		assertThatThrownBy(() -> PolicyJson.read(base.code(), "350400", "390", base.effectiveFrom(), null,
				"{\"deductibles\": [], \"ratios\": [], \"caps\": [], \"layers\": [], "
						+ "\"referral\": {\"unfiledOutOfCountyRatioCut\": \"2\"}}"))
			.isInstanceOf(BusinessException.class);
	}

}
