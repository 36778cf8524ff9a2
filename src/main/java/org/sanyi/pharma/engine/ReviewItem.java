package org.sanyi.pharma.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The 28 处方点评 items of 《医院处方点评管理规范（试行）》 [mem] (第十七至十九条): 不规范处方 1-1…1-15, 用药不适宜处方 2-1…2-9,
 * 超常处方 3-1…3-4. A prescription with none is 合理; texts are in the messages
 * ({@code pharma.rxreview.item.<code>}).
 */
public final class ReviewItem {

	/** The three kinds of 不合理处方. */
	public enum Category {

		/** 不规范处方. */
		NONSTANDARD(1, 15),
		/** 用药不适宜处方. */
		INAPPROPRIATE(2, 9),
		/** 超常处方. */
		EXCESSIVE(3, 4);

		private final int number;

		private final int items;

		Category(int number, int items) {
			this.number = number;
			this.items = items;
		}

		public List<String> codes() {
			List<String> codes = new ArrayList<>();
			for (int i = 1; i <= items; i++) {
				codes.add(number + "-" + i);
			}
			return codes;
		}

	}

	private ReviewItem() {
	}

	public static List<String> all() {
		List<String> all = new ArrayList<>();
		for (Category c : Category.values()) {
			all.addAll(c.codes());
		}
		return all;
	}

	public static Optional<Category> categoryOf(String code) {
		for (Category c : Category.values()) {
			if (c.codes().contains(code)) {
				return Optional.of(c);
			}
		}
		return Optional.empty();
	}

	/** The items that are not among the 28, in the order given. */
	public static List<String> unknown(Collection<String> codes) {
		return codes.stream().filter(c -> categoryOf(c).isEmpty()).toList();
	}

	/**
	 * The counts of a set of reviews: reviewed, 不合理 (any item), and per category (a
	 * prescription counts once per category it has items in).
	 */
	public record Tally(int reviewed, int irrational, int nonstandard, int inappropriate, int excessive) {

		public static final Tally EMPTY = new Tally(0, 0, 0, 0, 0);

		/** The tally with one more reviewed prescription carrying these items. */
		public Tally plus(Collection<String> items) {
			boolean n = items.stream().anyMatch(i -> categoryOf(i).orElse(null) == Category.NONSTANDARD);
			boolean a = items.stream().anyMatch(i -> categoryOf(i).orElse(null) == Category.INAPPROPRIATE);
			boolean e = items.stream().anyMatch(i -> categoryOf(i).orElse(null) == Category.EXCESSIVE);
			return new Tally(reviewed + 1, irrational + (items.isEmpty() ? 0 : 1), nonstandard + (n ? 1 : 0),
					inappropriate + (a ? 1 : 0), excessive + (e ? 1 : 0));
		}

		/** 不合理处方率 in percent, two decimals; null before any review. */
		public java.math.BigDecimal irrationalRate() {
			return reviewed == 0 ? null : DrugUse.share(irrational, reviewed);
		}

	}

}
