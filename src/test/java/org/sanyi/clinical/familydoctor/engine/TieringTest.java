package org.sanyi.clinical.familydoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The 红黄绿 tier at the thresholds of next-wave.md §4 (the default rules), one reading on
 * each side of every boundary; impossible readings are refused.
 */
class TieringTest {

	static final TierRules RULES = TierRules.DEFAULT;

	static FollowUpReading bp(int age, boolean comorbid, int sbp, int dbp, boolean previousUncontrolled) {
		return new FollowUpReading(true, false, age, comorbid, sbp, dbp, null, false, false, previousUncontrolled);
	}

	static FollowUpReading glucose(String fpg, boolean previousUncontrolled) {
		return new FollowUpReading(false, true, 58, false, null, null, new BigDecimal(fpg), false, false,
				previousUncontrolled);
	}

	@ParameterizedTest(name = "{0} y, comorbid {1}: {2}/{3} → {4}")
	@CsvSource({ "50, false, 139, 89, GREEN", "50, false, 140, 89, YELLOW", "50, false, 139, 90, YELLOW",
			"50, false, 179, 109, YELLOW", "50, false, 180, 100, RED", "50, false, 170, 110, RED",
			"64, false, 145, 85, YELLOW", "65, false, 149, 89, GREEN", "65, false, 150, 85, YELLOW",
			"50, true, 129, 79, GREEN", "50, true, 130, 79, YELLOW", "50, true, 129, 80, YELLOW",
			"70, true, 135, 75, YELLOW" })
	void bloodPressureTiersAtTheBoundaries(int age, boolean comorbid, int sbp, int dbp, Tier expected) {
		assertThat(Tiering.tier(bp(age, comorbid, sbp, dbp, false), RULES).tier()).isEqualTo(expected);
	}

	@ParameterizedTest(name = "FPG {0} → {1}")
	@CsvSource({ "6.9, GREEN", "7.0, YELLOW", "16.6, YELLOW", "16.7, RED", "4.0, GREEN", "3.9, RED", "2.8, RED" })
	void fastingGlucoseTiersAtTheBoundaries(String fpg, Tier expected) {
		assertThat(Tiering.tier(glucose(fpg, false), RULES).tier()).isEqualTo(expected);
	}

	@Test
	void twoUncontrolledFollowUpsInARowAreRed() {
		var result = Tiering.tier(bp(50, false, 152, 92, true), RULES);
		assertThat(result.tier()).isEqualTo(Tier.RED);
		assertThat(result.reasons()).containsExactly("BP_UNCONTROLLED_TWICE");
		assertThat(Tiering.tier(glucose("8.2", true), RULES).tier()).isEqualTo(Tier.RED);
		assertThat(Tiering.tier(bp(50, false, 132, 82, true), RULES).tier())
			.as("back on target after an uncontrolled visit")
			.isEqualTo(Tier.GREEN);
	}

	@Test
	void greenComesBackInThreeMonthsYellowAndRedInTwoWeeks() {
		assertThat(Tiering.tier(bp(50, false, 128, 80, false), RULES).nextInDays()).isEqualTo(90);
		assertThat(Tiering.tier(bp(50, false, 150, 80, false), RULES).nextInDays()).isEqualTo(14);
		assertThat(Tiering.tier(bp(50, false, 190, 80, false), RULES).nextInDays()).isEqualTo(14);
	}

	@Test
	void aPatientOnBothRegistersGetsTheWorseColourAndTheStricterTarget() {
		var both = new FollowUpReading(true, true, 60, false, 134, 78, new BigDecimal("6.1"), false, false, false);
		var result = Tiering.tier(both, RULES);
		assertThat(result.tier()).isEqualTo(Tier.YELLOW);
		assertThat(result.controlled()).isFalse();
		var severeGlucose = new FollowUpReading(true, true, 60, false, 124, 76, new BigDecimal("17.0"), false, false,
				false);
		assertThat(Tiering.tier(severeGlucose, RULES).tier()).isEqualTo(Tier.RED);
	}

	@Test
	void dangerSignsAreRedAndAnAdverseReactionAtLeastYellow() {
		var danger = new FollowUpReading(true, false, 50, false, 128, 80, null, false, true, false);
		assertThat(Tiering.tier(danger, RULES).tier()).isEqualTo(Tier.RED);
		var reaction = new FollowUpReading(true, false, 50, false, 128, 80, null, true, false, false);
		var result = Tiering.tier(reaction, RULES);
		assertThat(result.tier()).isEqualTo(Tier.YELLOW);
		assertThat(result.controlled()).isTrue();
	}

	@ParameterizedTest(name = "{0}/{1} is refused")
	@CsvSource({ "59, 40", "301, 90", "120, 29", "250, 201", "90, 90", "80, 120" })
	void impossibleBloodPressureIsRefused(int sbp, int dbp) {
		var result = Tiering.tier(bp(50, false, sbp, dbp, false), RULES);
		assertThat(result.refusal()).isEqualTo(Tiering.Refusal.BP_IMPOSSIBLE);
		assertThat(result.tier()).isNull();
	}

	@Test
	void missingOrImpossibleReadingsAreRefused() {
		assertThat(Tiering.tier(new FollowUpReading(true, false, 50, false, null, 80, null, false, false, false), RULES)
			.refusal()).isEqualTo(Tiering.Refusal.BP_MISSING);
		assertThat(Tiering.tier(glucose("0.5", false), RULES).refusal()).isEqualTo(Tiering.Refusal.GLUCOSE_IMPOSSIBLE);
		assertThat(
				Tiering.tier(new FollowUpReading(false, true, 50, false, null, null, null, false, false, false), RULES)
					.refusal())
			.isEqualTo(Tiering.Refusal.GLUCOSE_MISSING);
		assertThat(Tiering.tier(new FollowUpReading(false, false, 50, false, 120, 80, null, false, false, false), RULES)
			.refusal()).isEqualTo(Tiering.Refusal.NO_REGISTER);
	}

}
