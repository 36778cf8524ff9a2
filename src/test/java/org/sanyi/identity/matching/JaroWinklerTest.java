package org.sanyi.identity.matching;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class JaroWinklerTest {

	@Test
	void reproducesWinklersPublishedValues() {
		assertThat(JaroWinkler.similarity("MARTHA", "MARHTA")).isCloseTo(0.961, within(0.001));
		assertThat(JaroWinkler.similarity("DWAYNE", "DUANE")).isCloseTo(0.840, within(0.001));
		assertThat(JaroWinkler.similarity("DIXON", "DICKSONX")).isCloseTo(0.813, within(0.001));
	}

	@Test
	void edgeCases() {
		assertThat(JaroWinkler.similarity("", "")).isEqualTo(1.0);
		assertThat(JaroWinkler.similarity("abc", "")).isZero();
		assertThat(JaroWinkler.similarity("abc", "xyz")).isZero();
		assertThat(JaroWinkler.similarity("wangwei", "wangwei")).isEqualTo(1.0);
	}

}
