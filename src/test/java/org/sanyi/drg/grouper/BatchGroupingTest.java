package org.sanyi.drg.grouper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Batch grouping streams a case CSV, appends results, and turns bad lines into ERROR
 * rows.
 */
class BatchGroupingTest {

	private final DrgGrouper grouper = new DrgGrouper(SharedDrgData.scheme());

	@Test
	void syntheticCasesGroupedAsBatchMatchTheExpectedResults() throws IOException {
		BatchGrouping batch = new BatchGrouping(grouper, BatchGrouping.UnknownCodes.GROUP, Locale.ENGLISH);

		Output out = run(batch, Files.newBufferedReader(SharedDrgData.testCases("synthetic_cases.csv")));

		assertThat(out.rows()).hasSize(2969);
		assertThat(out.mismatches()).isEmpty();
		assertThat(out.summary().byStatus()).containsEntry("SUCCESS", 2835L)
			.containsEntry("FAIL", 133L)
			.containsEntry("CHECK_FAILED", 1L);
	}

	@Test
	void byDefaultUnknownCodesAreErrorsAndEveryOtherSyntheticCaseMatches() throws IOException {
		Output out = run(new BatchGrouping(grouper),
				Files.newBufferedReader(SharedDrgData.testCases("synthetic_cases.csv")));

		// S04966 (edge:unknown_code, ZZZ.999 / 99.9999) is the only case with codes
		// outside the scheme
		assertThat(out.mismatches()).containsExactly("S04966");
		Map<String, String> s04966 = out.row("S04966");
		assertThat(s04966).containsEntry("actual_status", "ERROR").containsEntry("actual_drg", "");
		assertThat(s04966.get("error"))
			.isEqualTo("UNKNOWN_DIAGNOSIS: 诊断编码 ZZZ.999 不在分组方案中; UNKNOWN_PROCEDURE: 手术操作编码 99.9999 不在分组方案中");
	}

	@Test
	void badLinesBecomeErrorRowsAndTheBatchGoesOn() throws IOException {
		Output out = run(new BatchGrouping(grouper, BatchGrouping.UnknownCodes.REJECT, Locale.ENGLISH),
				new StringReader(MiniScheme.resource("batch-bad-lines.csv")));

		assertThat(out.rows()).hasSize(12);
		assertResult(out, "B01", "SUCCESS", "GZ13", "");
		assertResult(out, "B02", "ERROR", "", "NEGATIVE_NUMBER: age must not be negative: -3");
		assertResult(out, "B03", "ERROR", "", "AGE_OUT_OF_RANGE: Age 151 years is impossible (expected 0 to 150)");
		assertResult(out, "B04", "ERROR", "", "MALFORMED_NUMBER: age is not a whole non-negative number: \"4O\"");
		assertResult(out, "B05", "ERROR", "", "NO_PRINCIPAL_DIAGNOSIS: Principal diagnosis is missing");
		assertResult(out, "B06", "ERROR", "", "NO_PRINCIPAL_DIAGNOSIS: Principal diagnosis is missing");
		assertResult(out, "B07", "ERROR", "", "UNKNOWN_DIAGNOSIS: Diagnosis code ZZZ.999 is not in the grouping "
				+ "scheme; UNKNOWN_PROCEDURE: Procedure code 99.9999 is not in the grouping scheme");
		assertResult(out, "B08", "ERROR", "", "FIELD_COUNT: Line has 13 fields, the header has 11");
		assertResult(out, "B09", "CHECK_FAILED", "0000", "");
		assertResult(out, "B10", "ERROR", "", "AGE_DAYS_REQUIRED: Age in days is required for patients aged 0 years");
		assertResult(out, "B11", "SUCCESS", "BZ11", "");
		assertResult(out, "B12", "ERROR", "", "MALFORMED_CSV: Malformed CSV: quoted field is never closed");
		assertThat(out.summary().byStatus()).containsEntry("ERROR", 9L).containsEntry("SUCCESS", 2L);
	}

	@Test
	void inputRowsAreRepeatedWithQuotedFieldsIntact() throws IOException {
		Output out = run(new BatchGrouping(grouper), new StringReader(MiniScheme.resource("batch-bad-lines.csv")));

		assertThat(out.header()).containsExactly("case_id", "gender", "age", "age_days", "weight_g", "dept", "los_days",
				"discharge_way", "diagnoses", "procedures", "note", "actual_status", "actual_mdc", "actual_adrg",
				"actual_drg", "error");
		assertThat(out.row("B01")).containsEntry("note", "valid, with a comma in a quoted note")
			.containsEntry("diagnoses", "K22.301|K11.901|E11.900|I10.x05");
		assertThat(out.row("B11")).containsEntry("note", "whole number written as 65.0, \"quoted\" word")
			.containsEntry("age", "65.0");
		assertThat(out.row("B08")).containsEntry("note", "too");
	}

	@Test
	void inputWithoutARequiredColumnIsRejectedAsAWhole() {
		String noDiagnoses = "case_id,gender,age,age_days,weight_g,procedures\nX1,1,40,14600,0,\n";

		assertThatThrownBy(() -> new BatchGrouping(grouper).run(new StringReader(noDiagnoses), new StringWriter()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("\"diagnoses\"");
	}

	@Test
	void readRecordsNamesTheLineOfTheFirstInvalidCase() {
		String csv = "gender,age,age_days,weight_g,diagnoses,procedures\n1,40,14600,0,K22.301,\n1,-1,0,0,K22.301,\n";

		assertThatThrownBy(() -> BatchGrouping.readRecords(new StringReader(csv)))
			.hasMessage("line 3: NEGATIVE_NUMBER: age must not be negative: -1");
	}

	private static void assertResult(Output out, String caseId, String status, String drg, String error) {
		Map<String, String> row = out.row(caseId);
		assertThat(row).as(caseId)
			.containsEntry("actual_status", status)
			.containsEntry("actual_drg", drg)
			.containsEntry("error", error);
	}

	private static Output run(BatchGrouping batch, Reader in) throws IOException {
		StringWriter written = new StringWriter();
		BatchGrouping.Summary summary;
		try (in) {
			summary = batch.run(in, written);
		}
		try (CsvReader csv = new CsvReader(new StringReader(written.toString()))) {
			String[] header = csv.next();
			List<Map<String, String>> rows = new ArrayList<>();
			for (String[] row = csv.next(); row != null; row = csv.next()) {
				assertThat(row).as("output row width").hasSameSizeAs(header);
				Map<String, String> byName = new LinkedHashMap<>();
				for (int i = 0; i < header.length; i++) {
					byName.put(header[i], row[i]);
				}
				rows.add(byName);
			}
			assertThat(summary.rows()).isEqualTo(rows.size());
			return new Output(List.of(header), rows, summary);
		}
	}

	private record Output(List<String> header, List<Map<String, String>> rows, BatchGrouping.Summary summary) {

		Map<String, String> row(String caseId) {
			return rows.stream().filter(r -> r.get("case_id").equals(caseId)).findFirst().orElseThrow();
		}

		/** Case ids whose actual_* differ from expected_*. */
		List<String> mismatches() {
			return rows.stream()
				.filter(r -> !(r.get("actual_status").equals(r.get("expected_status"))
						&& r.get("actual_mdc").equals(r.get("expected_mdc"))
						&& r.get("actual_adrg").equals(r.get("expected_adrg"))
						&& r.get("actual_drg").equals(r.get("expected_drg"))))
				.map(r -> r.get("case_id"))
				.toList();
		}
	}

}
