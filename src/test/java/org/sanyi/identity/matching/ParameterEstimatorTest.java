package org.sanyi.identity.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanyi.identity.matching.ParameterEstimator.ReviewedPair;

/**
 * Re-estimation of m/u on a constructed set of reviewed pairs, with the counts worked out
 * by hand.
 */
class ParameterEstimatorTest {

	static final MatchParameters DEFAULTS = MatchParameters.defaults();

	/**
	 * 100 links: phone EXACT 60, SIMILAR 10, DISAGREE 20, MISSING 10 (90 counted); 200
	 * rejections: phone EXACT 20, SIMILAR 0, DISAGREE 170, MISSING 10 (190 counted).
	 * Every pair: name EXACT, birth date EXACT, sex EXACT except 2 links with sex
	 * DISAGREE; ID number and address missing.
	 */
	static List<ReviewedPair> constructed() {
		List<ReviewedPair> pairs = new ArrayList<>();
		add(pairs, true, 60, Agreement.EXACT);
		add(pairs, true, 10, Agreement.SIMILAR);
		add(pairs, true, 20, Agreement.DISAGREE);
		add(pairs, true, 10, Agreement.MISSING);
		add(pairs, false, 20, Agreement.EXACT);
		add(pairs, false, 170, Agreement.DISAGREE);
		add(pairs, false, 10, Agreement.MISSING);
		for (int i = 0; i < 2; i++) { // two links whose sex disagrees (a data-entry
										// error)
			Map<Field, Agreement> levels = new EnumMap<>(pairs.get(i).levels());
			levels.put(Field.SEX, Agreement.DISAGREE);
			pairs.set(i, new ReviewedPair(true, levels));
		}
		return pairs;
	}

	static void add(List<ReviewedPair> pairs, boolean match, int n, Agreement phone) {
		for (int i = 0; i < n; i++) {
			Map<Field, Agreement> levels = new EnumMap<>(Field.class);
			levels.put(Field.ID_NUMBER, Agreement.MISSING);
			levels.put(Field.NAME, Agreement.EXACT);
			levels.put(Field.BIRTH_DATE, Agreement.EXACT);
			levels.put(Field.SEX, Agreement.EXACT);
			levels.put(Field.PHONE, phone);
			levels.put(Field.ADDRESS, Agreement.MISSING);
			pairs.add(new ReviewedPair(match, levels));
		}
	}

	@Test
	void fullDataReplaceThePriorWithLaplaceSmoothedShares() {
		var estimate = ParameterEstimator.estimate(DEFAULTS, DEFAULTS, constructed(), 50);
		assertThat(estimate.matches()).isEqualTo(100);
		assertThat(estimate.nonMatches()).isEqualTo(200);
		var phone = estimate.fields().get(Field.PHONE.ordinal());
		assertThat(phone.matchCounts()).containsExactly(60, 10, 20);
		assertThat(phone.nonMatchCounts()).containsExactly(20, 0, 170);
		assertThat(phone.matchShare()).isEqualTo(1.0);
		FieldProbabilities p = estimate.parameters().of(Field.PHONE);
		// the prior's mass on the three levels is 1 for phone: m = (60+1)/(90+3), u =
		// (0+1)/(190+3) for SIMILAR
		double mass = 0.75 + 0.03 + 0.22;
		double uMass = 0.01 + 1e-3 + 0.989;
		assertThat(p.mExact()).isCloseTo(61.0 / 93 * mass, within(1e-12));
		assertThat(p.mSimilar()).isCloseTo(11.0 / 93 * mass, within(1e-12));
		assertThat(p.mDisagree()).isCloseTo(21.0 / 93 * mass, within(1e-12));
		assertThat(p.uExact()).isCloseTo(21.0 / 193 * uMass, within(1e-12));
		assertThat(p.uSimilar()).isCloseTo(1.0 / 193 * uMass, within(1e-12));
		assertThat(p.uDisagree()).isCloseTo(171.0 / 193 * uMass, within(1e-12));
		// exact phone agreement now weighs log2((61/93) / (21/193)) = 2.59 bits instead
		// of 6.2
		assertThat(p.weight(Agreement.EXACT)).isCloseTo(2.592, within(0.001));
		assertThat(DEFAULTS.of(Field.PHONE).weight(Agreement.EXACT)).isCloseTo(6.229, within(0.001));
	}

	@Test
	void fewPairsMoveThePriorOnlyInProportionToTheMinimumCount() {
		var estimate = ParameterEstimator.estimate(DEFAULTS, DEFAULTS, constructed(), 400);
		// 90 counted links of 400: the estimate weighs 0.225, the default 0.775
		var phone = estimate.fields().get(Field.PHONE.ordinal());
		assertThat(phone.matchShare()).isCloseTo(0.225, within(1e-12));
		assertThat(phone.nonMatchShare()).isCloseTo(190.0 / 400, within(1e-12));
		// log-linear pooling: (61/93)^0.225 · 0.75^0.775, renormalised over the three
		// levels (prior mass 1)
		double a = Math.pow(61.0 / 93, 0.225) * Math.pow(0.75, 0.775);
		double b = Math.pow(11.0 / 93, 0.225) * Math.pow(0.03, 0.775);
		double c = Math.pow(21.0 / 93, 0.225) * Math.pow(0.22, 0.775);
		assertThat(estimate.parameters().of(Field.PHONE).mExact()).isCloseTo(a / (a + b + c), within(1e-12));
		assertThat(estimate.parameters().of(Field.PHONE).mExact()).isBetween(61.0 / 93, 0.75);
		// a field never counted (ID number, address: always missing) keeps the prior
		// exactly
		assertThat(estimate.parameters().of(Field.ID_NUMBER)).isEqualTo(DEFAULTS.of(Field.ID_NUMBER));
		assertThat(estimate.parameters().of(Field.ADDRESS)).isEqualTo(DEFAULTS.of(Field.ADDRESS));
		assertThat(estimate.fields().get(Field.ADDRESS.ordinal()).matches()).isZero();
	}

	@Test
	void sexKeepsItsPlaceholderSimilarLevelAndThresholdsAreKept() {
		var current = DEFAULTS.withThresholds(24, 14);
		var estimate = ParameterEstimator.estimate(current, DEFAULTS, constructed(), 50);
		FieldProbabilities sex = estimate.parameters().of(Field.SEX);
		assertThat(sex.mSimilar()).isEqualTo(DEFAULTS.of(Field.SEX).mSimilar());
		assertThat(sex.uSimilar()).isEqualTo(DEFAULTS.of(Field.SEX).uSimilar());
		double mMass = 0.985 + 0.015;
		assertThat(sex.mExact()).isCloseTo((98.0 + 1) / (100 + 2) * mMass, within(1e-12));
		assertThat(sex.mDisagree()).isCloseTo((2.0 + 1) / (100 + 2) * mMass, within(1e-12));
		assertThat(sex.uExact()).isCloseTo((200.0 + 1) / (200 + 2) * 1.0, within(1e-12));
		assertThat(estimate.parameters().linkThreshold()).isEqualTo(24);
		assertThat(estimate.parameters().reviewThreshold()).isEqualTo(14);
		assertThat(estimate.fields().get(Field.SEX.ordinal()).before()).isEqualTo(DEFAULTS.of(Field.SEX));
	}

	@Test
	void namesakesInTheRejectionsLowerTheWeightOfWhatTheyShare() {
		var estimate = ParameterEstimator.estimate(DEFAULTS, DEFAULTS, constructed(), 50);
		// every rejected pair agreed on name and birth date: u of exact agreement rises
		// and the weight falls
		assertThat(estimate.parameters().of(Field.NAME).weight(Agreement.EXACT))
			.isLessThan(DEFAULTS.of(Field.NAME).weight(Agreement.EXACT));
		assertThat(estimate.parameters().of(Field.BIRTH_DATE).weight(Agreement.EXACT))
			.isLessThan(DEFAULTS.of(Field.BIRTH_DATE).weight(Agreement.EXACT));
		// nothing outside (0, 1), so every weight is finite
		for (Field f : Field.values()) {
			for (Agreement level : Agreement.values()) {
				assertThat(Double.isFinite(estimate.parameters().of(f).weight(level))).isTrue();
			}
		}
	}

	@Test
	void threeReviewedPairsBarelyMoveARareAgreement() {
		// 1 link, 2 rejected namesakes, minimum count 50: name agreement keeps most of
		// its 12 bits
		List<ReviewedPair> three = constructed().subList(0, 1);
		three = new ArrayList<>(three);
		three.addAll(constructed().subList(100, 102));
		var estimate = ParameterEstimator.estimate(DEFAULTS, DEFAULTS, three, 50);
		double before = DEFAULTS.of(Field.NAME).weight(Agreement.EXACT);
		double after = estimate.parameters().of(Field.NAME).weight(Agreement.EXACT);
		assertThat(after).isLessThan(before).isGreaterThan(before - 1.0);
	}

	@Test
	void noPairsGiveThePriorAndTheMinimumCountMustBePositive() {
		var estimate = ParameterEstimator.estimate(DEFAULTS, DEFAULTS, List.of(), 50);
		assertThat(estimate.parameters().fields()).isEqualTo(DEFAULTS.fields());
		assertThatThrownBy(() -> ParameterEstimator.estimate(DEFAULTS, DEFAULTS, List.of(), 0))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
