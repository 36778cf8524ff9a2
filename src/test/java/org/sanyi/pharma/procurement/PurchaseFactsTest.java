package org.sanyi.pharma.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanyi.pharma.procurement.PurchaseRepository.StoredLine;
import org.sanyi.shared.facts.Fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The facts a batch of purchases reports: volumes per element, institution, day and item;
 * savings of winners only.
 */
class PurchaseFactsTest {

	@Test
	void winningAndNonWinningVolumesAndTheSavingsOfWinningLines() {
		LocalDate day = LocalDate.of(2026, 3, 1);
		ProductRow product = new ProductRow(7, 1, "阿托伐他汀钙片", "片剂", "20mg", "片", new BigDecimal("1.2000"), 2,
				new BigDecimal("0.1200"));
		List<StoredLine> lines = List.of(
				new StoredLine(1, 7, "H1", "359921", "XW", true, day, 100, new BigDecimal("0.1200"),
						new BigDecimal("12.00")),
				new StoredLine(1, 7, "H1", "359921", "XW", true, day, 50, new BigDecimal("0.1300"),
						new BigDecimal("6.50")),
				new StoredLine(1, 7, "H1", "359921", "XO", false, day, 30, new BigDecimal("1.2000"),
						new BigDecimal("36.00")));
		List<Fact> facts = Purchases.facts(lines, Map.of(7L, product));
		// savings: (1.20 − 0.12) × 100 = 108.00 and (1.20 − 0.13) × 50 = 53.50
		assertThat(facts).extracting(Fact::element, Fact::institution, Fact::value, f -> f.dimensions().get("item"))
			.containsExactly(tuple(Purchases.WINNING_VOLUME, "H1", new BigDecimal("150"), "XW"),
					tuple(Purchases.SAVINGS, "H1", new BigDecimal("161.50"), "XW"),
					tuple(Purchases.NON_WINNING_VOLUME, "H1", new BigDecimal("30"), "XO"));
	}

}
