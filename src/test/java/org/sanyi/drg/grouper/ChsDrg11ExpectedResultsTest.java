package org.sanyi.drg.grouper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Gate of the engine: every shared test case must group exactly as OpenDRG's chs_drg_11
 * grouper did (status, MDC, ADRG and DRG).
 */
class ChsDrg11ExpectedResultsTest {

	private final DrgGrouper grouper = new DrgGrouper(SharedDrgData.scheme());

	@Test
	void schemeLoadsWithThePublishedSize() {
		DrgScheme scheme = grouper.scheme();

		assertThat(scheme.name()).isEqualTo("chs_drg_11");
		assertThat(scheme.mdcCount()).isEqualTo(26);
		assertThat(scheme.adrgCount()).isEqualTo(376);
		assertThat(scheme.drgCount()).isEqualTo(628);
		assertThat(scheme.drgName("GZ13")).isPresent();
		assertThat(scheme.diagnosisName("K22.301")).isPresent();
	}

	@Test
	void everyOpenDrgSampleCaseGroupsAsOpenDrgDid() {
		List<SharedDrgData.Case> cases = SharedDrgData.cases("opendrg_sample_cases.csv");

		List<String> mismatches = mismatches(cases, false);

		assertThat(cases).hasSize(30);
		assertThat(mismatches).isEmpty();
	}

	@Test
	void everySyntheticCaseGroupsAsOpenDrgDid() {
		List<SharedDrgData.Case> cases = SharedDrgData.cases("synthetic_cases.csv");

		List<String> mismatches = mismatches(cases, false);

		assertThat(cases).hasSize(2969);
		assertThat(mismatches).isEmpty();
	}

	@Test
	void groupingWithTraceGivesTheSameResultsAsWithout() {
		List<SharedDrgData.Case> cases = new ArrayList<>(SharedDrgData.cases("synthetic_cases.csv"));
		cases.addAll(SharedDrgData.cases("opendrg_sample_cases.csv"));

		List<String> mismatches = mismatches(cases, true);

		assertThat(mismatches).isEmpty();
	}

	@Test
	void syntheticCasesReachEveryDrgOfTheScheme() {
		Set<String> reached = new HashSet<>();
		for (SharedDrgData.Case c : SharedDrgData.cases("synthetic_cases.csv")) {
			DrgResult result = grouper.group(c.record());
			if (result.grouped()) {
				reached.add(result.drg());
			}
		}

		assertThat(reached).hasSize(628);
	}

	private List<String> mismatches(List<SharedDrgData.Case> cases, boolean traced) {
		List<String> mismatches = new ArrayList<>();
		for (SharedDrgData.Case c : cases) {
			DrgResult r = traced ? grouper.groupWithTrace(c.record()) : grouper.group(c.record());
			String actual = r.status().code() + " " + r.mdc() + " " + r.adrg() + " " + r.drg();
			String expected = c.status() + " " + c.mdc() + " " + c.adrg() + " " + c.drg();
			if (!actual.equals(expected)) {
				mismatches.add(c.id() + ": expected " + expected + ", got " + actual);
			}
		}
		return mismatches;
	}

}
