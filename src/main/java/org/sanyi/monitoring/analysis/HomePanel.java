package org.sanyi.monitoring.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.sanyi.monitoring.analysis.IndicatorQueries.Snapshot;
import org.sanyi.monitoring.engine.FactTotals.Selection;
import org.sanyi.monitoring.engine.IndicatorValue;
import org.sanyi.monitoring.engine.Period;
import org.sanyi.monitoring.indicator.DefinitionRow;
import org.sanyi.monitoring.indicator.IndicatorSet;
import org.sanyi.registry.Institution;
import org.sanyi.security.CurrentUsers;
import org.sanyi.security.DataScope;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The figures on each role's home page (loaded into it by htmx, so the platform's home
 * page does not depend on this module): the health commission sees the reform indicators
 * of its region, the insurance bureau its fund and settlement figures, each for the last
 * whole month against the same month a year before; hospital staff see their hospital's
 * indicators against the hospitals of the same level in the city, taken together. Each
 * figure links to its explanation.
 */
@Controller
class HomePanel {

	/** A home page shows this many figures at most; the browser has the rest. */
	private static final int MAX_FIGURES = 10;

	private final IndicatorQueries queries;

	private final Areas areas;

	private final Figures figures;

	HomePanel(IndicatorQueries queries, Areas areas, Figures figures) {
		this.queries = queries;
		this.areas = areas;
		this.figures = figures;
	}

	/**
	 * A figure: the value, what it is compared with (the same month a year before, or the
	 * peers), the change and whether it is for the better (1), the worse (-1) or neither
	 * (0).
	 */
	record Figure(DefinitionRow definition, IndicatorValue value, IndicatorValue compared, BigDecimal change,
			int judgement) {
	}

	@GetMapping("/monitoring/home")
	@PreAuthorize("hasAuthority('monitoring:dashboard:view')")
	String panel(Model model) {
		DataScope scope = CurrentUsers.scope();
		Area home = areas.home(scope);
		IndicatorSet set = IndicatorPages.set(null, scope);
		Snapshot snapshot = queries.snapshot();
		List<DefinitionRow> chosen = snapshot.rows()
			.values()
			.stream()
			.filter(r -> r.inSet(set))
			.limit(MAX_FIGURES)
			.toList();
		Period month = snapshot.latestMonth(chosen, areas.selection(home, IndicatorQueries.lastMonth()));
		Map<String, IndicatorValue> now = snapshot.values(chosen, areas.selection(home, month), month);
		Map<String, IndicatorValue> compared;
		boolean peers = home.kind() == Area.Kind.INSTITUTION;
		if (peers) {
			Institution hospital = areas.institutionOf(home).orElseThrow();
			Selection peerSelection = areas.peers(hospital);
			compared = snapshot.values(chosen, peerSelection, month);
			model.addAttribute("peerCount", ((Selection.Institutions) peerSelection).codes().size());
		}
		else {
			Period yearBefore = month.yearsAway(-1);
			compared = snapshot.values(chosen, areas.selection(home, yearBefore), yearBefore);
		}
		List<Figure> list = new ArrayList<>();
		for (DefinitionRow d : chosen) {
			BigDecimal change = figures.change(now.get(d.code()), compared.get(d.code()), d);
			list.add(new Figure(d, now.get(d.code()), compared.get(d.code()), change, figures.judgement(change, d)));
		}
		model.addAttribute("figures", list);
		model.addAttribute("area", home);
		model.addAttribute("period", month);
		model.addAttribute("set", set);
		model.addAttribute("peers", peers);
		return "monitoring/home :: panel";
	}

}
