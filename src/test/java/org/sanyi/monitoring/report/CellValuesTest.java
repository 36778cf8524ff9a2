package org.sanyi.monitoring.report;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a hospital types into a form's cells, read cell by cell. */
class CellValuesTest {

	static final Map<String, Integer> SCALES = new LinkedHashMap<>();
	static {
		SCALES.put("revenue_drug", 2);
		SCALES.put("discharges", 0);
		SCALES.put("research_papers", 0);
	}

	@Test
	void everyBadCellIsReportedWithItsTextNotOnlyTheFirst() {
		CellValues.Read read = CellValues.read(Map.of("revenue_drug", "十万", "discharges", "-3"), SCALES, false,
				List.of());

		assertThat(read.ok()).isFalse();
		assertThat(read.problems()).containsExactly(
				new CellValues.Problem("revenue_drug", ReportErrors.CELL_NOT_A_NUMBER, "十万"),
				new CellValues.Problem("discharges", ReportErrors.CELL_NEGATIVE, "-3"));
	}

	@Test
	void countsAreWholeAndYuanHaveAtMostTwoDecimals() {
		CellValues.Read read = CellValues.read(Map.of("revenue_drug", "1.005", "discharges", "2.5"), SCALES, false,
				List.of());

		assertThat(read.problems()).extracting(CellValues.Problem::error)
			.containsExactly(ReportErrors.CELL_DECIMALS, ReportErrors.CELL_DECIMALS);
	}

	@Test
	void thousandsSeparatorsAndTrailingZerosAreAccepted() {
		CellValues.Read read = CellValues.read(Map.of("revenue_drug", " 1,234,567.80 ", "discharges", "3000.00"),
				SCALES, false, List.of());

		assertThat(read.ok()).isTrue();
		assertThat(read.values()).containsEntry("revenue_drug", new BigDecimal("1234567.80"))
			.containsEntry("discharges", new BigDecimal("3000.00"));
	}

	@Test
	void aSubmissionNeedsTheRequiredCellsADraftDoesNot() {
		Map<String, String> texts = Map.of("revenue_drug", "100");

		assertThat(CellValues.read(texts, SCALES, false, List.of("revenue_drug", "discharges")).ok()).isTrue();
		assertThat(CellValues.read(texts, SCALES, true, List.of("revenue_drug", "discharges")).problems())
			.containsExactly(new CellValues.Problem("discharges", ReportErrors.CELL_REQUIRED, ""));
	}

	@Test
	void aValueLongerThanSixteenDigitsIsRefused() {
		CellValues.Read read = CellValues.read(Map.of("discharges", "12345678901234567"), SCALES, false, List.of());

		assertThat(read.problems()).extracting(CellValues.Problem::error).containsExactly(ReportErrors.CELL_TOO_LARGE);
	}

}
