package org.sanyi.monitoring.performance;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanyi.monitoring.analysis.Areas;
import org.sanyi.monitoring.analysis.IndicatorQueries;
import org.sanyi.monitoring.analysis.IndicatorQueries.Snapshot;
import org.sanyi.monitoring.engine.FactTotals.Selection;
import org.sanyi.monitoring.engine.IndicatorValue;
import org.sanyi.monitoring.engine.Period;
import org.sanyi.monitoring.indicator.DefinitionRow;
import org.sanyi.monitoring.performance.PerformanceIndex.Dimension;
import org.sanyi.monitoring.performance.PerformanceIndex.Measure;
import org.sanyi.monitoring.performance.PerformanceIndex.Result;
import org.sanyi.registry.Institution;
import org.sanyi.security.DataScope;
import org.sanyi.shared.PlatformTime;

import org.springframework.stereotype.Service;

/**
 * Ranks the hospitals a regulator sees for a year: each indicator the index names is
 * computed by the indicator engine for each hospital over the year (the same definitions
 * and values the indicator browser shows), then scored and weighted by
 * {@link PerformanceIndex}. Hospitals are ranked among those of the same level (三级 with
 * 三级, 二级 with 二级 …): a county hospital is not measured against the city's tertiary
 * centre.
 */
@Service
public class PerformanceService {

	private final PerformanceRepository repository;

	private final IndicatorQueries queries;

	private final Areas areas;

	private final ConsumptionIndices consumption;

	PerformanceService(PerformanceRepository repository, IndicatorQueries queries, Areas areas,
			ConsumptionIndices consumption) {
		this.repository = repository;
		this.queries = queries;
		this.areas = areas;
		this.consumption = consumption;
	}

	/**
	 * One peer group's ranking: the level, its hospitals by rank, the definitions used.
	 */
	public record Ranking(int level, List<Result> results) {
	}

	public record Year(int year, List<Ranking> rankings, Map<String, Institution> hospitals,
			Map<String, DefinitionRow> definitions, Map<String, String> dimensionNames) {
	}

	public Year year(int year, DataScope scope, java.util.Locale locale) {
		List<Dimension> dimensions = repository.dimensions();
		Snapshot snapshot = queries.snapshot();
		List<String> codes = dimensions.stream()
			.flatMap(d -> d.measures().stream())
			.map(Measure::indicator)
			.distinct()
			.toList();
		List<DefinitionRow> chosen = snapshot.select(codes);
		Period period = Period.year(year);
		Map<String, Institution> hospitals = new LinkedHashMap<>();
		for (Institution i : areas.institutions(areas.home(scope), PlatformTime.today())) {
			if (i.kind().isHospital()) {
				hospitals.put(i.code(), i);
			}
		}
		// 费用/时间消耗指数: not indicator definitions (each DRG is divided by its city's
		// mean before summing), computed from the DRG facts when the index names them
		boolean consumptionMeasured = codes.contains(ConsumptionIndices.COST)
				|| codes.contains(ConsumptionIndices.TIME);
		Map<String, ConsumptionIndex.Result> indices = consumptionMeasured ? consumption.of(hospitals.keySet(), period)
				: Map.of();
		Map<Integer, Map<String, Map<String, BigDecimal>>> byLevel = new java.util.TreeMap<>(
				java.util.Comparator.reverseOrder());
		for (Institution h : hospitals.values()) {
			Map<String, IndicatorValue> values = snapshot.values(chosen, new Selection.Institutions(Set.of(h.code())),
					period);
			Map<String, BigDecimal> plain = new HashMap<>();
			values.forEach((code, v) -> plain.put(code, v.value()));
			ConsumptionIndex.Result index = indices.get(h.code());
			if (index != null) {
				plain.put(ConsumptionIndices.COST, index.costIndex());
				plain.put(ConsumptionIndices.TIME, index.timeIndex());
			}
			byLevel.computeIfAbsent(h.grade().level(), l -> new LinkedHashMap<>()).put(h.code(), plain);
		}
		List<Ranking> rankings = byLevel.entrySet()
			.stream()
			.map(e -> new Ranking(e.getKey(), PerformanceIndex.rank(dimensions, e.getValue())))
			.toList();
		Map<String, String> names = repository.names()
			.values()
			.stream()
			.collect(Collectors.toMap(PerformanceRepository.DimensionName::code, n -> n.name(locale), (a, b) -> a,
					LinkedHashMap::new));
		return new Year(year, rankings, hospitals, snapshot.rows(), names);
	}

	/**
	 * The consumption indices of one hospital in the viewer's scope over a year, DRG by
	 * DRG against its city; empty when it is not in the scope or has no DRG facts.
	 */
	public java.util.Optional<ConsumptionIndices.Explained> consumption(String institution, int year, DataScope scope) {
		boolean inScope = areas.institutions(areas.home(scope), PlatformTime.today())
			.stream()
			.anyMatch(i -> i.code().equals(institution) && i.kind().isHospital());
		return inScope ? consumption.explain(institution, Period.year(year)) : java.util.Optional.empty();
	}

}
