package org.sanyi.monitoring.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanyi.monitoring.MonitoringErrors;
import org.sanyi.monitoring.engine.Explanation;
import org.sanyi.monitoring.engine.FactTotals;
import org.sanyi.monitoring.engine.FactTotals.Selection;
import org.sanyi.monitoring.engine.IndicatorDefinition;
import org.sanyi.monitoring.engine.IndicatorEngine;
import org.sanyi.monitoring.engine.IndicatorValue;
import org.sanyi.monitoring.engine.InstitutionGroups;
import org.sanyi.monitoring.engine.Period;
import org.sanyi.monitoring.engine.SlicedTotals;
import org.sanyi.monitoring.indicator.DefinitionRow;
import org.sanyi.monitoring.indicator.IndicatorService;
import org.sanyi.monitoring.indicator.Vocabularies;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;
import org.sanyi.shared.facts.Dimensions;

import org.springframework.stereotype.Service;

/**
 * Indicator values for pages: the approved definitions computed by the pure engine over
 * the fact store, for areas the viewer may see (the caller resolves them through
 * {@link Areas}).
 */
@Service
public class IndicatorQueries {

	private final FactTotals facts;

	private final InstitutionGroups groups;

	private final IndicatorService indicators;

	private final Areas areas;

	private final Vocabularies vocabularies;

	IndicatorQueries(FactTotals facts, InstitutionGroups groups, IndicatorService indicators, Areas areas,
			Vocabularies vocabularies) {
		this.facts = facts;
		this.groups = groups;
		this.indicators = indicators;
		this.areas = areas;
		this.vocabularies = vocabularies;
	}

	/**
	 * The approved definitions and the engine that computes them, read once for a page.
	 */
	public Snapshot snapshot() {
		Map<String, IndicatorDefinition> library = indicators.library();
		Map<String, DefinitionRow> rows = new LinkedHashMap<>();
		indicators.approved().forEach((code, row) -> {
			if (library.containsKey(code)) {
				rows.put(code, row);
			}
		});
		return new Snapshot(rows, library, new IndicatorEngine(facts, groups, library), Set.of());
	}

	/**
	 * The approved definitions over the insured persons of one county
	 * ({@code person_county}, 参保地) wherever the selected institutions treated them; with
	 * no county, {@link #snapshot()}. An indicator reading facts that do not carry the
	 * insured person's county (DRG month results, report forms, budgets) has no value
	 * there.
	 */
	public Snapshot snapshot(String insuredCounty) {
		if (insuredCounty == null || insuredCounty.isBlank()) {
			return snapshot();
		}
		Snapshot all = snapshot();
		Map<String, Set<String>> dimensions = vocabularies.vocabulary(Set.of()).elements();
		Set<String> inapplicable = new HashSet<>();
		all.library().forEach((code, definition) -> {
			if (!SlicedTotals.applies(definition, all.library(), dimensions, Dimensions.PERSON_COUNTY)) {
				inapplicable.add(code);
			}
		});
		FactTotals residents = new SlicedTotals(facts, Dimensions.PERSON_COUNTY, insuredCounty);
		return new Snapshot(all.rows(), all.library(), new IndicatorEngine(residents, groups, all.library()),
				inapplicable);
	}

	/** The last whole month: what pages show first. */
	public static Period lastMonth() {
		return Period.month(java.time.YearMonth.from(PlatformTime.today()).minusMonths(1));
	}

	/** A period code from a request, or the last whole month when none is given. */
	public static Period period(String code) {
		if (code == null || code.isBlank()) {
			return lastMonth();
		}
		try {
			Period p = Period.parse(code);
			if (p.kind() == Period.Kind.DAYS || p.first().getYear() < 2000 || p.first().getYear() > 2100) {
				throw new IllegalArgumentException(code);
			}
			return p;
		}
		catch (IllegalArgumentException ex) {
			throw new BusinessException(MonitoringErrors.PERIOD_INVALID, code);
		}
	}

	/**
	 * Approved definitions (in order) with their parsed form and an engine over them;
	 * {@code inapplicable}: those without a value in the engine's slice.
	 */
	public record Snapshot(Map<String, DefinitionRow> rows, Map<String, IndicatorDefinition> library,
			IndicatorEngine engine, Set<String> inapplicable) {

		public List<DefinitionRow> select(List<String> codes) {
			List<DefinitionRow> list = new ArrayList<>();
			for (String code : codes) {
				if (rows.containsKey(code)) {
					list.add(rows.get(code));
				}
			}
			return list;
		}

		/**
		 * The last whole month for which any of the indicators has a value with facts
		 * behind it (a non-zero numerator) over the selection, looking back a year at
		 * most (a region going live has no current month yet); the last whole month when
		 * none has.
		 */
		public Period latestMonth(List<DefinitionRow> chosen, Selection where) {
			Period month = lastMonth();
			for (int back = 0; back <= 12 && !chosen.isEmpty(); back++) {
				Period candidate = month.periodsAway(-back);
				if (values(chosen, where, candidate).values()
					.stream()
					.anyMatch(v -> v.defined() && v.numerator() != null && v.numerator().signum() != 0)) {
					return candidate;
				}
			}
			return month;
		}

		/** The indicators' values over one selection and period, by code. */
		public Map<String, IndicatorValue> values(List<DefinitionRow> chosen, Selection where, Period period) {
			List<IndicatorDefinition> defs = chosen.stream()
				.filter(r -> !inapplicable.contains(r.code()))
				.map(r -> library.get(r.code()))
				.toList();
			Map<String, IndicatorValue> computed = new HashMap<>();
			engine.evaluate(defs, where, period).forEach(v -> computed.put(v.code(), v));
			Map<String, IndicatorValue> map = new LinkedHashMap<>();
			for (DefinitionRow r : chosen) {
				map.put(r.code(),
						computed.getOrDefault(r.code(), new IndicatorValue(r.code(), period, null, null, null)));
			}
			return map;
		}

	}

	/**
	 * The explanation of one value: its components and the same indicator over each part
	 * of the area one level down (a city's counties and city-level hospitals, a county's
	 * or an alliance's institutions), the parts the viewer may see: hospital staff see
	 * their own institution only.
	 */
	public Explained explain(Snapshot snapshot, String code, Area area, Period period, DataScope scope) {
		IndicatorDefinition definition = snapshot.library().get(code);
		if (definition == null) {
			throw new BusinessException(MonitoringErrors.INDICATOR_NOT_FOUND, code);
		}
		Map<String, Selection> parts = new LinkedHashMap<>();
		Map<String, Area> partAreas = new LinkedHashMap<>();
		for (Area part : areas.children(area, period.last())) {
			if (Areas.visible(part, scope) || scope.kind() == DataScope.Kind.ALL) {
				parts.put(part.key(), areas.selection(part, period));
				partAreas.put(part.key(), part);
			}
		}
		Explanation explanation = snapshot.engine().explain(definition, areas.selection(area, period), period, parts);
		return new Explained(snapshot.rows().get(code), explanation, partAreas);
	}

	/** An explanation with the stored definition and the areas its parts are. */
	public record Explained(DefinitionRow row, Explanation explanation, Map<String, Area> parts) {
	}

}
