package org.sanyi.clinical.records.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import org.hl7.fhir.r4.model.Resource;
import org.sanyi.clinical.records.ingest.RecordRepository.Stored;
import org.sanyi.clinical.records.read.RecordQueries;
import org.sanyi.clinical.records.read.RecordQueries.Opened;
import org.sanyi.clinical.records.view.RecordView;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * An opened record as the pages show it: the view, institutions by name, trend data for
 * the charts.
 */
@Component
class RecordLoader {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final FhirContext fhir = FhirContext.forR4Cached();

	private final RecordQueries queries;

	private final Registry registry;

	RecordLoader(RecordQueries queries, Registry registry) {
		this.queries = queries;
		this.registry = registry;
	}

	RecordView view(Opened opened) {
		List<Stored> rows = queries.search(opened, List.of(), null, null, List.of(), RecordQueries.MAX_RESOURCES);
		IParser parser = fhir.newJsonParser();
		Map<Resource, String> source = new HashMap<>();
		Map<String, String> names = new HashMap<>();
		List<Resource> resources = rows.stream().map(s -> {
			Resource r = (Resource) parser.parseResource(s.body());
			source.put(r, names.computeIfAbsent(s.institution(),
					code -> registry.institution(code).map(Institution::name).orElse(code)));
			return r;
		}).toList();
		return RecordView.of(resources, source::get);
	}

	/** A trend as the chart script reads it: dates, values, the range. */
	static String chartData(RecordView.Trend trend) {
		Map<String, Object> data = new HashMap<>();
		data.put("dates", trend.points().stream().map(p -> org.sanyi.shared.PlatformTime.date(p.at())).toList());
		data.put("values", trend.points().stream().map(p -> p.value().toPlainString()).toList());
		data.put("low", trend.low() == null ? null : trend.low().toPlainString());
		data.put("high", trend.high() == null ? null : trend.high().toPlainString());
		data.put("unit", trend.unit());
		return JSON.writeValueAsString(data);
	}

}
