package org.sanyi.clinical.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.sanyi.clinical.records.view.RecordView;

/**
 * The record as a doctor reads it: results flagged against their ranges, repeated results
 * as trends.
 */
class RecordViewTest {

	static Resource parse(String json) {
		return (Resource) FhirContext.forR4Cached().newJsonParser().parseResource(json);
	}

	static Resource potassium(String id, String day, String value) {
		return parse("""
				{"resourceType":"Observation","id":"%s","status":"final",
				 "code":{"coding":[{"system":"http://loinc.org","code":"2823-3","display":"血钾"}]},
				 "effectiveDateTime":"%sT08:00:00+08:00","valueQuantity":{"value":%s,"unit":"mmol/L"},
				 "referenceRange":[{"low":{"value":3.5},"high":{"value":5.5}}]}""".formatted(id, day, value));
	}

	@Test
	void resultsAreFlaggedAgainstTheirRangeAndRepeatedOnesBecomeATrend() {
		var encounter = parse("""
				{"resourceType":"Encounter","id":"e1","status":"finished","class":{"code":"IMP"},
				 "period":{"start":"2026-03-02T10:00:00+08:00"}}""");
		var condition = parse(
				"""
						{"resourceType":"Condition","id":"c1","code":{"text":"社区获得性肺炎"},"encounter":{"reference":"Encounter/e1"},
						 "recordedDate":"2026-03-02"}""");
		RecordView view = RecordView.of(List.of(encounter, condition, potassium("k1", "2026-03-02", "3.2"),
				potassium("k2", "2026-03-09", "4.0"), potassium("k3", "2026-03-20", "5.9")), r -> "青溪市第一医院");

		assertThat(view.visits()).singleElement().satisfies(v -> {
			assertThat(v.kind()).isEqualTo("IMP");
			assertThat(v.diagnoses()).containsExactly("社区获得性肺炎");
			assertThat(v.institution()).isEqualTo("青溪市第一医院");
		});
		assertThat(view.labs()).extracting(RecordView.Lab::flag).containsExactly("H", "N", "L");
		assertThat(view.labs().getFirst().range()).isEqualTo("3.5–5.5");
		assertThat(view.trends()).singleElement().satisfies(t -> {
			assertThat(t.item()).isEqualTo("血钾");
			assertThat(t.points()).extracting(p -> p.value().toPlainString()).containsExactly("3.2", "4.0", "5.9");
			assertThat(t.low()).isEqualByComparingTo("3.5");
		});
	}

}
