package org.sanyi.drg.grouping;

import java.util.List;

import org.sanyi.drg.DrgGroupingResult;
import org.sanyi.drg.DrgTraceLine;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The grouping result as REST clients get it; {@code trace} is rendered in the caller's
 * language.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record GroupResponse(SchemeRef scheme, String status, String mdc, String mdcName, String adrg, String adrgName,
		String drg, String drgName, String complication, String decidingDiagnosis, List<TraceLine> trace) {

	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record SchemeRef(long id, String code, String version, String name) {

	}

	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record TraceLine(int step, String key, String text, boolean passed, boolean essential) {

	}

	static GroupResponse of(DrgGroupingResult r) {
		return new GroupResponse(
				new SchemeRef(r.scheme().id(), r.scheme().code(), r.scheme().version(), r.scheme().name()), r.status(),
				r.mdc(), r.mdcName(), r.adrg(), r.adrgName(), r.drg(), r.drgName(), r.complication(),
				r.decidingDiagnosis(), r.trace().stream().map(GroupResponse::line).toList());
	}

	private static TraceLine line(DrgTraceLine t) {
		return new TraceLine(t.step(), t.key(), t.text(), t.passed(), t.essential());
	}

}
