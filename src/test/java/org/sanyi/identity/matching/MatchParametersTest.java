package org.sanyi.identity.matching;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class MatchParametersTest {

	final MatchParameters defaults = MatchParameters.defaults();

	@Test
	void defaultWeightsAreTheDocumentedBits() {
		assertThat(weight(Field.ID_NUMBER, Agreement.EXACT)).isCloseTo(23.2, within(0.1));
		assertThat(weight(Field.ID_NUMBER, Agreement.DISAGREE)).isCloseTo(-9.0, within(0.1));
		assertThat(weight(Field.NAME, Agreement.SIMILAR)).isCloseTo(4.9, within(0.1));
		assertThat(weight(Field.BIRTH_DATE, Agreement.EXACT)).isCloseTo(14.9, within(0.1));
		assertThat(weight(Field.SEX, Agreement.EXACT)).isCloseTo(0.98, within(0.01));
		assertThat(weight(Field.PHONE, Agreement.EXACT)).isCloseTo(6.2, within(0.1));
		assertThat(weight(Field.ADDRESS, Agreement.SIMILAR)).isCloseTo(2.8, within(0.1));
		assertThat(weight(Field.ADDRESS, Agreement.MISSING)).isZero();
	}

	@Test
	void nameBirthDateAndSexAloneStayBelowTheLinkThresholdUnlessTheNameIsRare() {
		double common = 9.0 + weight(Field.BIRTH_DATE, Agreement.EXACT) + weight(Field.SEX, Agreement.EXACT);
		assertThat(common).isLessThan(defaults.linkThreshold());
		double namesakes = defaults.nameExactCap() + weight(Field.BIRTH_DATE, Agreement.EXACT)
				+ weight(Field.SEX, Agreement.EXACT) + weight(Field.PHONE, Agreement.DISAGREE)
				+ weight(Field.ADDRESS, Agreement.DISAGREE);
		assertThat(namesakes).isBetween(defaults.reviewThreshold(), defaults.linkThreshold());
		assertThat(namesakes + weight(Field.ID_NUMBER, Agreement.DISAGREE)).isLessThan(defaults.reviewThreshold());
	}

	@Test
	void probabilitiesMustBeProper() {
		assertThatThrownBy(() -> new FieldProbabilities(1.0, 0.1, 0.1, 0.1, 0.1, 0.1))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new MatchParameters(Map.of(), 25, 15, 0.95, 0.8, 12, 8, 100))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> defaults.withThresholds(10, 20)).isInstanceOf(IllegalArgumentException.class);
	}

	double weight(Field field, Agreement level) {
		return defaults.of(field).weight(level);
	}

}
