package org.sanyi.pharma.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The monthly 处方点评 sample: its size and a draw anyone can repeat. */
class ReviewSamplingTest {

	static final BigDecimal ONE_PERCENT = new BigDecimal("0.01");

	@Test
	void atLeastOneHundredOrTheShareAndNeverMoreThanThereAre() {
		assertThat(ReviewSampling.size(40, ONE_PERCENT)).isEqualTo(40);
		assertThat(ReviewSampling.size(100, ONE_PERCENT)).isEqualTo(100);
		assertThat(ReviewSampling.size(9_000, ONE_PERCENT)).isEqualTo(100);
		assertThat(ReviewSampling.size(12_345, ONE_PERCENT)).isEqualTo(124);
		// the 规范's 1‰ of a large hospital's 300,000 prescriptions a month
		assertThat(ReviewSampling.size(300_000, new BigDecimal("0.001"))).isEqualTo(300);
		assertThatThrownBy(() -> ReviewSampling.size(10, BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theSameSeedDrawsTheSameSampleWhateverOrderThePrescriptionsComeIn() {
		List<String> month = IntStream.range(0, 5_000).mapToObj(i -> "RX%06d".formatted(i)).toList();
		List<String> shuffled = new ArrayList<>(month);
		Collections.shuffle(shuffled, new Random(7));

		List<String> first = ReviewSampling.draw(month, "H35992100001:2026-11", 100);
		List<String> again = ReviewSampling.draw(shuffled, "H35992100001:2026-11", 100);

		assertThat(first).hasSize(100).doesNotHaveDuplicates().isEqualTo(again);
		assertThat(month).containsAll(first);
	}

	@Test
	void anotherSeedDrawsAnotherSample() {
		List<String> month = IntStream.range(0, 5_000).mapToObj(i -> "RX%06d".formatted(i)).toList();
		List<String> a = ReviewSampling.draw(month, "H35992100001:2026-11", 100);
		List<String> b = ReviewSampling.draw(month, "H35992100001:2026-12", 100);
		assertThat(a).isNotEqualTo(b);
		// not the first hundred numbers: the draw is spread over the month
		assertThat(a).isNotEqualTo(month.subList(0, 100));
	}

	@Test
	void theRankIsSha256OfSeedBarAndNumberSoAnyoneCanCheckTheDraw() {
		// printf 's|RX1' | sha256sum
		assertThat(ReviewSampling.rank("s", "RX1"))
			.isEqualTo("af7b7519b5e713f6b03316e83e45268940cb481ebc00fd39028433f264a03921");
	}

}
