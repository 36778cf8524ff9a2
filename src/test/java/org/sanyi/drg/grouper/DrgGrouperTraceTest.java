package org.sanyi.drg.grouper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanyi.drg.grouper.SharedDrgData.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

/** The trace explains a grouping as message keys that render in Chinese and English. */
class DrgGrouperTraceTest {

	private final DrgGrouper grouper = new DrgGrouper(SharedDrgData.scheme());

	private final ResourceBundle zh = DrgMessages.bundle(Locale.SIMPLIFIED_CHINESE);

	private final ResourceBundle en = DrgMessages.bundle(Locale.ENGLISH);

	/** OpenDRG sample 22058878: 食管穿孔 with 涎腺病 as CC → GZ13. */
	@Test
	void traceShowsMdcEntryAdrgMatchCcAndSplitInOrder() {
		DrgResult r = grouper.groupWithTrace(record("2", 88, "K22.301|K11.901|E11.900|I10.x05", "96.0800x005"));

		assertThat(r.drg()).isEqualTo("GZ13");
		assertThat(r.trace()).containsSubsequence(TraceStep.of("drg.trace.clause.pdx_in.held", "K22.301", "MDCG"),
				TraceStep.of("drg.trace.mdc.entered", "MDCG"),
				TraceStep.of("drg.trace.clause.pdx_in.held", "K22.301", "GZ1.dx"),
				TraceStep.of("drg.trace.adrg.matched", "GZ1", "主诊断匹配"),
				TraceStep.of("drg.trace.cc.pdx_exclusion_table", "K22.301", "111"),
				TraceStep.of("drg.trace.cc.cc", "K11.901", "110", "K22.301"),
				TraceStep.of("drg.trace.split.cc_or_mcc.held", "GZ13", "K11.901"),
				TraceStep.of("drg.trace.result.grouped", "MDCG", "GZ1", "GZ13"));
		assertThat(r.trace().getLast().key()).isEqualTo("drg.trace.result.grouped");
		assertThat(rendered(r, zh)).contains("主诊断 K22.301 属于 MDCG", "进入 MDCG：满足入组条件", "匹配 ADRG GZ1（主诊断匹配）",
				"伴并发症或合并症（K11.901），入 GZ13");
		assertThat(rendered(r, en)).contains("Result: MDCG > GZ1 > GZ13");
	}

	@Test
	void traceShowsWhyEarlierMdcsWereNotEntered() {
		DrgResult r = grouper.groupWithTrace(record("2", 88, "K22.301", "96.0800x005"));

		assertThat(r.trace()).startsWith(
				TraceStep.of("drg.trace.clause.pproc_in.failed", "96.0800x005", "OR_PROCEDURES"),
				TraceStep.of("drg.trace.mdc.not_entered", "MDCA"));
		assertThat(r.trace())
			.noneMatch(s -> s.key().equals("drg.trace.mdc.entered") && !s.args().equals(List.of("MDCG")));
	}

	@Test
	void maleWithGynaecologicalPrincipalDiagnosisShowsTheFailedSexConditionAndUngroupable() {
		DrgResult r = grouper.groupWithTrace(record("1", 30, "A18.100x019+N77.1*", ""));

		assertThat(r.status()).isEqualTo(GroupingStatus.FAIL);
		assertThat(r.trace()).containsSubsequence(TraceStep.of("drg.trace.clause.gender_eq.failed", "1", "2"),
				TraceStep.of("drg.trace.mdc.not_entered", "MDCN"),
				TraceStep.of("drg.trace.result.ungroupable", "0000"));
		assertThat(rendered(r, zh)).contains("性别代码 1，不符合要求 2");
	}

	@Test
	void newbornWithoutBirthWeightStopsAtTheRecordCheck() {
		DrgRecord newborn = new DrgRecord("1", 0, 3, 0, "", 8, "2", List.of("P50.000"), List.of());

		DrgResult r = grouper.groupWithTrace(newborn);

		assertThat(r.status()).isEqualTo(GroupingStatus.CHECK_FAILED);
		assertThat(r.trace()).containsExactly(TraceStep.of("drg.trace.check.newborn_weight_missing"));
	}

	@Test
	void groupingWithoutTraceReturnsNoSteps() {
		assertThat(grouper.group(record("2", 88, "K22.301|K11.901", "")).trace()).isEmpty();
	}

	@Test
	void everyStepOfEveryTestCaseRendersInBothLanguagesWithAllArguments() {
		List<SharedDrgData.Case> cases = new ArrayList<>(SharedDrgData.cases("synthetic_cases.csv"));
		cases.addAll(SharedDrgData.cases("opendrg_sample_cases.csv"));

		List<String> unrendered = new ArrayList<>();
		for (SharedDrgData.Case c : cases) {
			DrgResult r = grouper.groupWithTrace(c.record());
			for (ResourceBundle bundle : List.of(zh, en)) {
				rendered(r, bundle).stream().filter(text -> text.contains("{")).forEach(unrendered::add);
			}
		}

		assertThat(unrendered).isEmpty();
	}

	private static List<String> rendered(DrgResult r, ResourceBundle bundle) {
		return r.trace().stream().map(step -> DrgMessages.render(bundle, step)).toList();
	}

}
