package org.sanyi.insurance.policy.replay.engine;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanyi.insurance.engine.Accumulators;
import org.sanyi.insurance.engine.HospitalLevel;
import org.sanyi.insurance.engine.IllustrativePolicies;
import org.sanyi.insurance.policy.replay.engine.PolicyReplay.Replayed;
import org.sanyi.shared.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanyi.insurance.policy.replay.engine.ReplayFixtures.inpatient;
import static org.sanyi.insurance.policy.replay.engine.ReplayFixtures.ward;

/**
 * Replays worked by hand with the illustrative resident policies (2025: tier-3 deductible
 * 900 then 450, ratio 70 %; 2026: 600 then 300, 90 %), each admission 10,000 yuan of 甲类
 * ward fees, far below the 大病 threshold.
 */
class PolicyReplayTest {

	static final LocalDate MARCH = LocalDate.of(2026, 3, 15);

	static final LocalDate JUNE = LocalDate.of(2026, 6, 15);

	@Test
	void replayWithTheVersionThatPricedTheYearGivesBackEverySettlementToTheFen() {
		ReplayFixtures year = new ReplayFixtures(IllustrativePolicies.resident2026());
		year.settle("S1", inpatient("M1", "P1", HospitalLevel.GRADE_3A, MARCH, null), ward("10000"), "350402");
		year.settle("S2", inpatient("M2", "P1", HospitalLevel.GRADE_3A, JUNE, null), ward("10000"), "350402");

		List<Replayed> replayed = new PolicyReplay(IllustrativePolicies.resident2026(), 2026).person(year.events);

		assertThat(replayed).hasSize(2).allSatisfy(r -> {
			assertThat(r.replayed()).isEqualTo(r.recorded().recorded());
			assertThat(r.changed()).isFalse();
		});
		// 600 deductible, (10,000 − 600) × 90 % = 8,460; the second admission 300, 9,700
		// × 90 % = 8,730
		assertThat(replayed.get(0).replayed().fundTotal()).isEqualTo(Money.of("8460.00"));
		assertThat(replayed.get(1).replayed().fundTotal()).isEqualTo(Money.of("8730.00"));
	}

	@Test
	void aDraftIsAppliedAsIfInForceAllYearWithTheSecondAdmissionSeeingTheFirst() {
		ReplayFixtures year = new ReplayFixtures(IllustrativePolicies.resident2026());
		year.settle("S1", inpatient("M1", "P1", HospitalLevel.GRADE_3A, MARCH, null), ward("10000"), "350402");
		year.settle("S2", inpatient("M2", "P1", HospitalLevel.GRADE_3A, JUNE, null), ward("10000"), "350402");

		// the 2025 rules (ending 2025-12-31) asked about 2026
		List<Replayed> replayed = new PolicyReplay(IllustrativePolicies.resident2025(), 2026).person(year.events);

		// first admission: 900, (10,000 − 900) × 70 % = 6,370, the patient 3,630
		assertThat(replayed.get(0).replayed().deductible()).isEqualTo(Money.of("900.00"));
		assertThat(replayed.get(0).replayed().fundTotal()).isEqualTo(Money.of("6370.00"));
		assertThat(replayed.get(0).replayed().personalPart()).isEqualTo(Money.of("3630.00"));
		// second admission of the year: 450, 9,550 × 70 % = 6,685, the patient 3,315
		assertThat(replayed.get(1).replayed().deductible()).isEqualTo(Money.of("450.00"));
		assertThat(replayed.get(1).replayed().fundTotal()).isEqualTo(Money.of("6685.00"));
		assertThat(replayed.get(1).replayed().personalPart()).isEqualTo(Money.of("3315.00"));
		assertThat(replayed).allMatch(Replayed::changed);
	}

	@Test
	void aReversedSettlementTakesBackItsTotalsSoTheNextAdmissionIsTheFirstAgain() {
		ReplayFixtures year = new ReplayFixtures(IllustrativePolicies.resident2026());
		Accumulators before = year.totals();
		year.settle("S1", inpatient("M1", "P1", HospitalLevel.GRADE_3A, MARCH, null), ward("10000"), "350402");
		year.reverse("R1", "S1", before);
		year.settle("S2", inpatient("M2", "P1", HospitalLevel.GRADE_3A, JUNE, null), ward("10000"), "350402");

		List<Replayed> replayed = new PolicyReplay(IllustrativePolicies.resident2025(), 2026).person(year.events);

		assertThat(replayed.get(0).standing()).isFalse();
		assertThat(replayed.get(1).standing()).isTrue();
		// first admission again: 900 and 6,370, not the second's 450
		assertThat(replayed.get(1).replayed().deductible()).isEqualTo(Money.of("900.00"));
		assertThat(replayed.get(1).replayed().fundTotal()).isEqualTo(Money.of("6370.00"));
	}

	@Test
	void aLaterPartOfAnAdmissionBearsOnlyWhatItsEarlierPartsDidNot() {
		ReplayFixtures year = new ReplayFixtures(IllustrativePolicies.resident2026());
		var first = year.settle("S1", inpatient("M1", "P1", HospitalLevel.GRADE_3A, MARCH, null), ward("500"),
				"350402");
		// an interim settlement of 500 bore 500 of the 600 deductible; the rest of the
		// stay bears the other 100
		year.settle("S2", inpatient("M1", "P1", HospitalLevel.GRADE_3A, MARCH.plusDays(10), first.deductible()),
				ward("10000"), "350402");

		List<Replayed> same = new PolicyReplay(IllustrativePolicies.resident2026(), 2026).person(year.events);
		List<Replayed> draft = new PolicyReplay(IllustrativePolicies.resident2025(), 2026).person(year.events);

		assertThat(same).noneMatch(Replayed::changed);
		assertThat(same.get(1).replayed().deductible()).isEqualTo(Money.of("100.00"));
		// under 900: the first part bears 500, the second 400, (10,000 − 400) × 70 % =
		// 6,720
		assertThat(draft.get(0).replayed().deductible()).isEqualTo(Money.of("500.00"));
		assertThat(draft.get(1).replayed().deductible()).isEqualTo(Money.of("400.00"));
		assertThat(draft.get(1).replayed().fundTotal()).isEqualTo(Money.of("6720.00"));
	}

}
