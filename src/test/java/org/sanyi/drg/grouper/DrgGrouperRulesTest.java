package org.sanyi.drg.grouper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanyi.drg.grouper.SharedDrgData.record;

import org.junit.jupiter.api.Test;

/**
 * Rule semantics on the small hand-written scheme, where each case exercises one clause.
 */
class DrgGrouperRulesTest {

	private final DrgGrouper grouper = new DrgGrouper(MiniScheme.load());

	@Test
	void transplantAsPrincipalProcedureGroupsInMdcaBeforeTheDiagnosisMdc() {
		DrgResult r = grouper.group(record("1", 50, "K22.301", "37.5100"));

		assertThat(r.status()).isEqualTo(GroupingStatus.SUCCESS);
		assertThat(r.drg()).isEqualTo("AA19");
	}

	@Test
	void orProcedureOutsideMdcaListsFallsThroughToTheDiagnosisMdc() {
		DrgResult r = grouper.group(record("1", 50, "K22.301", "45.7300"));

		assertThat(r.mdc()).isEqualTo("MDCG");
		assertThat(r.adrg()).isEqualTo("GB1");
		assertThat(r.drg()).isEqualTo("GB15");
	}

	@Test
	void multipleTraumaNeedsTwoDistinctBodyRegions() {
		DrgResult twoRegions = grouper.group(record("1", 30, "S06.201|S27.001", ""));
		DrgResult oneRegion = grouper.group(record("1", 30, "S06.201|S06.202", ""));

		assertThat(twoRegions.drg()).isEqualTo("ZZ15");
		assertThat(oneRegion.status()).isEqualTo(GroupingStatus.FAIL);
	}

	@Test
	void procedureGroupRuleCollectsGroupsFromAnyPosition() {
		DrgResult groups1And3 = grouper.group(record("2", 40, "K25.000", "99.0400|40.2300|85.4100"));
		DrgResult group1Only = grouper.group(record("2", 40, "K25.000", "85.4100"));
		DrgResult groups2And3 = grouper.group(record("2", 40, "K25.000", "85.4300|40.2300"));

		assertThat(groups1And3.drg()).isEqualTo("GA19");
		assertThat(group1Only.status()).isEqualTo(GroupingStatus.FAIL);
		assertThat(groups2And3.status()).isEqualTo(GroupingStatus.FAIL);
	}

	@Test
	void unmatchedMdcEndsUngroupableWithOpenDrgCodes() {
		DrgResult r = grouper.group(record("2", 40, "K25.000", ""));

		assertThat(r.status()).isEqualTo(GroupingStatus.FAIL);
		assertThat(r.mdc()).isEqualTo("0000");
		assertThat(r.adrg()).isEqualTo("00");
		assertThat(r.drg()).isEqualTo("0000");
	}

	@Test
	void unknownPrincipalDiagnosisIsUngroupable() {
		assertThat(grouper.group(record("1", 40, "XYZ.123", "")).status()).isEqualTo(GroupingStatus.FAIL);
	}

	@Test
	void emptySexFailsTheRecordCheck() {
		DrgResult r = grouper.group(record("", 40, "K22.301", ""));

		assertThat(r.status()).isEqualTo(GroupingStatus.CHECK_FAILED);
		assertThat(r.drg()).isEqualTo("0000");
	}

	@Test
	void recordWithoutDiagnosesFailsTheRecordCheck() {
		assertThat(grouper.group(record("1", 40, "", "45.7300")).status()).isEqualTo(GroupingStatus.CHECK_FAILED);
	}

	@Test
	void enabledQyCheckpointCatchesAnUnrelatedOrProcedureBeforeMedicalAdrgs() {
		DrgGrouper withQy = new DrgGrouper(MiniScheme.load(MiniScheme
			.schemeJsonWith("\"enabled\": false, \"result\": \"GQY\"", "\"enabled\": true, \"result\": \"GQY\"")));

		DrgResult unrelatedOperation = withQy.group(record("1", 50, "K22.301", "85.4100"));
		DrgResult noOperation = withQy.group(record("1", 50, "K22.301", ""));

		assertThat(unrelatedOperation.status()).isEqualTo(GroupingStatus.AMBIGUOUS);
		assertThat(unrelatedOperation.status().code()).isEqualTo("QY");
		assertThat(unrelatedOperation.adrg()).isEqualTo("QY");
		assertThat(unrelatedOperation.drg()).isEqualTo("GQY");
		assertThat(noOperation.drg()).isEqualTo("GZ15");
	}

	@Test
	void disabledQyCheckpointLetsTheCaseContinueIntoMedicalAdrgs() {
		DrgResult r = grouper.group(record("1", 50, "K22.301", "85.4100"));

		assertThat(r.drg()).isEqualTo("GZ15");
	}

}
