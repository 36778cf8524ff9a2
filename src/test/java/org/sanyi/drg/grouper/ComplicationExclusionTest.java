package org.sanyi.drg.grouper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanyi.drg.grouper.SharedDrgData.record;

import org.junit.jupiter.api.Test;

/**
 * CC/MCC on the real CHS-DRG 1.1 tables: only secondary diagnoses count, and one that
 * shares the principal diagnosis's exclusion table does not. G92.x00 (中毒性脑病) groups to
 * BZ1 (1/3/5 splits) and is in exclusion table 74; G92.x01 (MCC) and G90.000 (CC) are in
 * table 74 too; J96.900x001 is an MCC of table 109 and K11.901 a CC of table 110.
 */
class ComplicationExclusionTest {

	private final DrgGrouper grouper = new DrgGrouper(SharedDrgData.scheme());

	@Test
	void principalDiagnosisThatIsItselfAnMccDoesNotCount() {
		DrgResult r = grouper.group(record("1", 60, "G92.x00", ""));

		assertThat(r.drg()).isEqualTo("BZ15");
		assertThat(r.complication()).isEqualTo(Complication.NONE);
		assertThat(r.decidingDiagnosis()).isNull();
	}

	@Test
	void secondaryMccFromAnotherTableGivesSuffixOneAndIsReported() {
		DrgResult r = grouper.group(record("1", 60, "G92.x00|J96.900x001", ""));

		assertThat(r.drg()).isEqualTo("BZ11");
		assertThat(r.complication()).isEqualTo(Complication.MCC);
		assertThat(r.decidingDiagnosis()).isEqualTo("J96.900x001");
	}

	@Test
	void mccInThePrincipalsExclusionTableIsIgnored() {
		assertThat(grouper.group(record("1", 60, "G92.x00|G92.x01", "")).drg()).isEqualTo("BZ15");
	}

	@Test
	void ccInThePrincipalsExclusionTableIsIgnored() {
		assertThat(grouper.group(record("1", 60, "G92.x00|G90.000", "")).drg()).isEqualTo("BZ15");
	}

	@Test
	void ccStillCountsWhenTheMccIsExcluded() {
		DrgResult r = grouper.group(record("1", 60, "G92.x00|G92.x01|K11.901", ""));

		assertThat(r.drg()).isEqualTo("BZ13");
		assertThat(r.complication()).isEqualTo(Complication.CC);
		assertThat(r.decidingDiagnosis()).isEqualTo("K11.901");
	}

	@Test
	void mccWinsOverAnEarlierListedCc() {
		DrgResult r = grouper.group(record("1", 60, "G92.x00|K11.901|J96.900x001", ""));

		assertThat(r.drg()).isEqualTo("BZ11");
		assertThat(r.decidingDiagnosis()).isEqualTo("J96.900x001");
	}

	@Test
	void loneMccGivesSuffixThreeWhereTheAdrgHasNoMccSplit() {
		DrgResult r = grouper.group(record("2", 70, "K22.301|J96.900x001", ""));

		assertThat(r.drg()).isEqualTo("GZ13");
		assertThat(r.complication()).isEqualTo(Complication.MCC);
		assertThat(r.decidingDiagnosis()).isEqualTo("J96.900x001");
	}

	@Test
	void exclusionWorksTheSameOnTheMiniScheme() {
		DrgGrouper mini = new DrgGrouper(MiniScheme.load());

		// K29.700 is in exclusion table 20 together with MCC N17.900 and CC E87.600
		assertThat(mini.group(record("1", 50, "K29.700|N17.900|E87.600", "")).drg()).isEqualTo("GZ15");
		assertThat(mini.group(record("1", 50, "K29.700|N17.900|I10.x00", "")).drg()).isEqualTo("GZ13");
		assertThat(mini.group(record("1", 50, "K22.301|N17.900", "")).drg()).isEqualTo("GZ11");
	}

}
