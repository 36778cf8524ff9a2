package org.sanyi.pharma.engine;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanyi.pharma.engine.ReviewItem.Category;
import org.sanyi.pharma.engine.ReviewItem.Tally;

import static org.assertj.core.api.Assertions.assertThat;

/** The 28 处方点评 items and how reviews are counted. */
class ReviewItemTest {

	@Test
	void twentyEightItemsInThreeCategories() {
		assertThat(ReviewItem.all()).hasSize(28).startsWith("1-1").endsWith("3-4").contains("1-15", "2-9");
		assertThat(Category.NONSTANDARD.codes()).hasSize(15);
		assertThat(Category.INAPPROPRIATE.codes()).hasSize(9);
		assertThat(Category.EXCESSIVE.codes()).hasSize(4);
		assertThat(ReviewItem.categoryOf("2-8")).contains(Category.INAPPROPRIATE);
		assertThat(ReviewItem.unknown(List.of("1-11", "1-16", "4-1", "2-8"))).containsExactly("1-16", "4-1");
	}

	@Test
	void aPrescriptionCountsOnceAsIrrationalAndOncePerCategory() {
		Tally t = Tally.EMPTY.plus(List.of()).plus(List.of("1-11", "1-12", "2-8")).plus(List.of("3-2")).plus(List.of());

		assertThat(t).isEqualTo(new Tally(4, 2, 1, 1, 1));
		assertThat(t.irrationalRate()).isEqualByComparingTo("50.00");
		assertThat(Tally.EMPTY.irrationalRate()).isNull();
	}

}
