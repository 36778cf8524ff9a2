package org.sanyi.drg.grouper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A broken scheme is rejected at import with a message naming the file and line (or JSON
 * path) to fix.
 */
class DrgSchemeValidationTest {

	@Test
	void validMiniSchemeLoads() {
		DrgScheme scheme = MiniScheme.load();

		assertThat(scheme.name()).isEqualTo("mini_test");
		assertThat(scheme.mdcCount()).isEqualTo(3);
		assertThat(scheme.adrgCount()).isEqualTo(5);
		assertThat(scheme.drgCount()).isEqualTo(9);
		assertThat(scheme.procedureName("45.7300")).contains("右半结肠切除术");
	}

	@Test
	void drgReferencingUnknownAdrgNamesFileAndLine() {
		assertRejected(Map.of("drg_groups.csv", broken("drg_groups-unknown-adrg.csv")), "drg_groups.csv", 4,
				"DRG GX19 references unknown ADRG \"GX1\"");
	}

	@Test
	void unknownListNameInDiagnosisTableIsRejected() {
		assertRejected(Map.of("adrg_diagnoses.csv", broken("adrg_diagnoses-unknown-list.csv")), "adrg_diagnoses.csv", 3,
				"unknown list name \"dx2\"");
	}

	@Test
	void rowWithTooManyFieldsIsMalformed() {
		assertRejected(Map.of("mcc.csv", broken("mcc-malformed-row.csv")), "mcc.csv", 3,
				"malformed row: expected 2 fields, found 3");
	}

	@Test
	void unclosedQuoteIsMalformed() {
		assertRejected(Map.of("mcc.csv", broken("mcc-unclosed-quote.csv")), "mcc.csv", 3,
				"quoted field is never closed");
	}

	@Test
	void codeWithTwoBodyRegionsInOneListIsAConflict() {
		assertRejected(Map.of("mdc_diagnoses.csv", broken("mdc_diagnoses-conflicting-region.csv")), "mdc_diagnoses.csv",
				5, "S06.201 is listed twice in the same list with a different region");
	}

	@Test
	void missingColumnIsReportedOnTheHeaderLine() {
		assertRejected(Map.of("cc.csv", broken("cc-missing-column.csv")), "cc.csv", 1,
				"missing column \"exclusion_table\"");
	}

	@Test
	void missingRequiredFileIsReported() {
		Map<String, String> withoutCc = new HashMap<>();
		withoutCc.put("cc.csv", null);

		assertRejected(withoutCc, "cc.csv", 0, "required file is missing");
	}

	@Test
	void clauseWithUnknownListNameIsRejectedWithItsJsonPath() {
		assertRejected(MiniScheme.schemeJsonWith("\"list\": \"GZ1.dx\"", "\"list\": \"GZ1.dxx\""), "scheme.json", 0,
				"$.adrgs[4].match[0]: unknown list name \"GZ1.dxx\"");
	}

	@Test
	void clauseOnAListWithoutCodesIsRejected() {
		assertRejected(MiniScheme.schemeJsonWith("\"list\": \"AA1.proc\"", "\"list\": \"AA1.proc1\""), "scheme.json", 0,
				"list AA1.proc1 has no codes in the tables");
	}

	@Test
	void diagnosisClauseOnAProcedureListIsRejected() {
		assertRejected(
				MiniScheme.schemeJsonWith("{\"op\": \"pdx_in\", \"list\": \"GZ1.dx\"}",
						"{\"op\": \"pdx_in\", \"list\": \"GB1.proc\"}"),
				"scheme.json", 0, "op pdx_in needs a diagnosis list");
	}

	@Test
	void unknownOpIsRejected() {
		assertRejected(MiniScheme.schemeJsonWith("\"op\": \"no_proc_in\"", "\"op\": \"no_procedure\""), "scheme.json",
				0, "$.adrgs[1].match[0]: unknown op \"no_procedure\"");
	}

	@Test
	void splitProducingADrgMissingFromDrgGroupsIsRejected() {
		assertRejected(MiniScheme.schemeJsonWith("\"drg\": \"GA19\"", "\"drg\": \"GA18\""), "scheme.json", 0,
				"DRG GA18 is missing from drg_groups.csv");
	}

	@Test
	void splitsMustEndUnconditionally() {
		assertRejected(
				MiniScheme.schemeJsonWith("{\"drg\": \"AA19\", \"when\": \"always\"}",
						"{\"drg\": \"AA19\", \"when\": \"mcc\"}"),
				"scheme.json", 0, "the last split must be \"always\"");
	}

	@Test
	void adrgLeftOutOfItsMdcOrderIsRejected() {
		assertRejected(MiniScheme.schemeJsonWith("[\"GB1\", \"GA1\", \"GZ1\"]", "[\"GB1\", \"GZ1\"]"), "scheme.json", 0,
				"position 2 does not follow ADRG GA1");
	}

	@Test
	void procedureGroupLabelAbsentFromTheListIsRejected() {
		assertRejected(MiniScheme.schemeJsonWith("[\"1\", \"3\"]", "[\"1\", \"5\"]"), "scheme.json", 0,
				"group label \"5\" does not occur in GA1.proc");
	}

	@Test
	void jsonSyntaxErrorNamesTheLine() {
		assertRejected(
				MiniScheme.schemeJsonWith("\"ungroupable_result\": \"0000\",", "\"ungroupable_result\": \"0000\""),
				"scheme.json", 9, "expected ',' or '}'");
	}

	private static String broken(String file) {
		return MiniScheme.resource("broken/" + file);
	}

	private static void assertRejected(Map<String, String> replacements, String file, long line, String message) {
		assertThatThrownBy(() -> MiniScheme.load(replacements)).isInstanceOfSatisfying(DrgSchemeException.class, e -> {
			assertThat(e.file()).isEqualTo(file);
			assertThat(e.line()).isEqualTo(line);
			assertThat(e.getMessage()).startsWith(file + (line > 0 ? ":" + line : "") + ": ").contains(message);
		});
	}

}
