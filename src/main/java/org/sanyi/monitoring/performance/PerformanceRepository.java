package org.sanyi.monitoring.performance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sanyi.monitoring.performance.PerformanceIndex.Dimension;
import org.sanyi.monitoring.performance.PerformanceIndex.Measure;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the index's dimensions, weights and scoring rules. */
@Repository
class PerformanceRepository {

	private final JdbcClient jdbc;

	PerformanceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A dimension's names, for the pages. */
	record DimensionName(String code, String nameZh, String nameEn) {

		String name(Locale locale) {
			return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
		}

	}

	private record Row(String dimensionCode, BigDecimal dimensionWeight, String indicatorCode, BigDecimal weight,
			String scoring) {
	}

	List<Dimension> dimensions() {
		Map<String, BigDecimal> weights = new LinkedHashMap<>();
		Map<String, List<Measure>> measures = new LinkedHashMap<>();
		jdbc.sql("""
				select d.code as dimension_code, d.weight as dimension_weight, i.indicator_code, i.weight, i.scoring
				from mon_perf_dimension d join mon_perf_indicator i on i.dimension_code = d.code
				order by d.position, i.position""").query(Row.class).list().forEach(r -> {
			weights.put(r.dimensionCode(), r.dimensionWeight());
			measures.computeIfAbsent(r.dimensionCode(), k -> new ArrayList<>())
				.add(new Measure(r.indicatorCode(), r.weight(), "UP".equals(r.scoring())));
		});
		List<Dimension> dimensions = new ArrayList<>();
		weights.forEach((code, weight) -> dimensions.add(new Dimension(code, weight, measures.get(code))));
		return dimensions;
	}

	Map<String, DimensionName> names() {
		Map<String, DimensionName> names = new LinkedHashMap<>();
		jdbc.sql("select code, name_zh, name_en from mon_perf_dimension order by position")
			.query(DimensionName.class)
			.list()
			.forEach(n -> names.put(n.code(), n));
		return names;
	}

}
