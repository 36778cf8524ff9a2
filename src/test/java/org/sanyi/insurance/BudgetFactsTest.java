package org.sanyi.insurance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanyi.insurance.BudgetFacts.Cell;
import org.sanyi.shared.facts.Dimensions;
import org.sanyi.shared.facts.Fact;

import static org.assertj.core.api.Assertions.assertThat;

class BudgetFactsTest {

	private static final LocalDate JAN = LocalDate.of(2026, 1, 1);

	private static final LocalDate FEB = LocalDate.of(2026, 2, 1);

	private static final LocalDate MAR = LocalDate.of(2026, 3, 1);

	private static Cell budget(String lead, LocalDate month) {
		return new Cell(BudgetFacts.BUDGET, lead, month, "390");
	}

	private static Cell spend(String lead, LocalDate month) {
		return new Cell(BudgetFacts.SPEND, lead, month, "390");
	}

	private static Fact fact(String element, String lead, LocalDate month, String value) {
		return new Fact(element, lead, month, Map.of(Dimensions.INSUTYPE, "390"), new BigDecimal(value));
	}

	@Test
	void aNewVersionReportsOnlyTheDifferenceOfEachMonthAndNothingForAnUnchangedOne() {
		Map<Cell, BigDecimal> target = Map.of(budget("H1", JAN), new BigDecimal("100.00"), budget("H1", FEB),
				new BigDecimal("100.00"), spend("H1", JAN), new BigDecimal("40.00"));
		Map<Cell, BigDecimal> reported = Map.of(budget("H1", JAN), new BigDecimal("90.00"), budget("H1", MAR),
				new BigDecimal("50.00"), spend("H1", JAN), new BigDecimal("40.00"));

		List<Fact> facts = BudgetFacts.difference(target, reported);

		assertThat(facts).containsExactly(fact(BudgetFacts.BUDGET, "H1", JAN, "10.00"),
				fact(BudgetFacts.BUDGET, "H1", FEB, "100.00"), fact(BudgetFacts.BUDGET, "H1", MAR, "-50.00"));
	}

	@Test
	void aChangedLeadInstitutionTakesTheValuesBackThereAndBooksThemOnTheNewLead() {
		Map<Cell, BigDecimal> reported = Map.of(spend("H1", JAN), new BigDecimal("40.00"));
		Map<Cell, BigDecimal> target = Map.of(spend("H2", JAN), new BigDecimal("41.50"));

		assertThat(BudgetFacts.difference(target, reported))
			.containsExactly(fact(BudgetFacts.SPEND, "H1", JAN, "-40.00"), fact(BudgetFacts.SPEND, "H2", JAN, "41.50"));
	}

	@Test
	void whatWasReportedPlusTheDifferenceIsTheTarget() {
		Map<Cell, BigDecimal> reported = Map.of(budget("H1", JAN), new BigDecimal("83333.33"));
		Map<Cell, BigDecimal> target = Map.of(budget("H1", JAN), new BigDecimal("91666.67"));

		BigDecimal sum = new BigDecimal("83333.33");
		for (Fact f : BudgetFacts.difference(target, reported)) {
			sum = sum.add(f.value());
		}

		assertThat(sum).isEqualByComparingTo("91666.67");
		assertThat(BudgetFacts.insutype("310100")).isEqualTo("310");
	}

}
