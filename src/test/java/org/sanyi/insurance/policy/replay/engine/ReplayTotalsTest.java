package org.sanyi.insurance.policy.replay.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanyi.insurance.engine.HospitalLevel;
import org.sanyi.insurance.engine.IllustrativePolicies;
import org.sanyi.insurance.policy.replay.engine.ReplayResult.Dimension;
import org.sanyi.insurance.policy.replay.engine.ReplayResult.Figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanyi.insurance.policy.replay.engine.ReplayFixtures.inpatient;
import static org.sanyi.insurance.policy.replay.engine.ReplayFixtures.ward;

/**
 * The report's sums, by hand: P1 has two 10,000 admissions at a 三甲 hospital (recorded
 * under 2026: funds 8,460 + 8,730, patient 1,540 + 1,270; under the 2025 rules: 6,370 +
 * 6,685, patient 3,630 + 3,315); P2 one admission of 300, all of it deductible under
 * either version (unaffected).
 */
class ReplayTotalsTest {

	static List<RecordedSettlement> personOne() {
		ReplayFixtures p1 = new ReplayFixtures(IllustrativePolicies.resident2026());
		p1.settle("S1", inpatient("M1", "P1", HospitalLevel.GRADE_3A, LocalDate.of(2026, 3, 15), null), ward("10000"),
				"350402");
		p1.settle("S2", inpatient("M2", "P1", HospitalLevel.GRADE_3A, LocalDate.of(2026, 6, 15), null), ward("10000"),
				"350402");
		return p1.events;
	}

	static List<RecordedSettlement> personTwo() {
		ReplayFixtures p2 = new ReplayFixtures(IllustrativePolicies.resident2026());
		p2.settle("S3", inpatient("M3", "P2", HospitalLevel.GRADE_3A, LocalDate.of(2026, 4, 1), null), ward("300"),
				"350403");
		return p2.events;
	}

	@Test
	void figuresAreSummedPerGroupAndEachPersonCountedOnceAsAffectedOrNot() {
		PolicyReplay replay = new PolicyReplay(IllustrativePolicies.resident2025(), 2026);
		ReplayTotals totals = new ReplayTotals();
		totals.addPerson(replay.person(personOne()));
		totals.addPerson(replay.person(personTwo()));

		ReplayResult result = totals.result("350400-390-2025", 2026);

		assertThat(result.settlements()).isEqualTo(3);
		assertThat(result.changedSettlements()).isEqualTo(2);
		Figures total = result.total();
		assertThat(total.people()).isEqualTo(2);
		assertThat(total.peopleAffected()).isEqualTo(1);
		assertThat(total.fundBefore()).isEqualByComparingTo("17190.00");
		assertThat(total.fundAfter()).isEqualByComparingTo("13055.00");
		assertThat(total.fundChange()).isEqualByComparingTo("-4135.00");
		assertThat(total.outOfPocketBefore()).isEqualByComparingTo("3110.00");
		assertThat(total.outOfPocketAfter()).isEqualByComparingTo("7245.00");
		assertThat(result.of(Dimension.COUNTY)).extracting(Figures::key, Figures::people, Figures::peopleAffected)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("350402", 1L, 1L),
					org.assertj.core.groups.Tuple.tuple("350403", 1L, 0L));
		assertThat(result.of(Dimension.LEVEL)).singleElement().satisfies(f -> assertThat(f.settlements()).isEqualTo(3));
		assertThat(result.of(Dimension.SCHEME)).singleElement().satisfies(f -> assertThat(f.key()).isEqualTo("390"));
	}

	@Test
	void aParallelRunOnTwoWorkersGivesTheSameReportAsOnePersonAfterAnother() {
		List<List<RecordedSettlement>> people = new ArrayList<>();
		for (int i = 0; i < 1_500; i++) {
			ReplayFixtures year = new ReplayFixtures(IllustrativePolicies.resident2026());
			HospitalLevel level = i % 3 == 0 ? HospitalLevel.GRADE_2A : HospitalLevel.GRADE_3A;
			String county = "35040" + (i % 4);
			year.settle("A" + i, inpatient("MA" + i, "P" + i, level, LocalDate.of(2026, 2, 1), null),
					ward(String.valueOf(300 + 17 * i)), county);
			year.settle("B" + i, inpatient("MB" + i, "P" + i, level, LocalDate.of(2026, 9, 1), null),
					ward(String.valueOf(800 + 31 * i)), county);
			people.add(year.events);
		}
		PolicyReplay replay = new PolicyReplay(IllustrativePolicies.resident2025(), 2026);
		ReplayTotals sequential = new ReplayTotals();
		people.forEach(p -> sequential.addPerson(replay.person(p)));
		List<Long> progress = new ArrayList<>();

		ReplayRun run = new ReplayRun(IllustrativePolicies.resident2025(), 2026, 2, done -> {
			synchronized (progress) {
				progress.add(done);
			}
		});
		people.forEach(run::person);
		ReplayResult parallel = run.finish();

		ReplayResult expected = sequential.result(IllustrativePolicies.resident2025().code(), 2026);
		assertThat(parallel.groups()).isEqualTo(expected.groups());
		assertThat(parallel.settlements()).isEqualTo(3_000);
		assertThat(parallel.refusedSettlements()).isZero();
		assertThat(progress).contains(3_000L);
		assertThat(parallel.total().fundAfter()).isLessThan(parallel.total().fundBefore());
		assertThat(parallel.total().fundBefore().scale()).isEqualTo(2);
		assertThat(expected.total().people()).isEqualTo(1_500);
	}

}
