package org.sanyi.monitoring.analysis;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import org.sanyi.monitoring.analysis.IndicatorQueries.Explained;
import org.sanyi.monitoring.engine.Explanation.Part;
import org.sanyi.monitoring.engine.Period;
import org.sanyi.monitoring.indicator.Vocabularies;
import org.sanyi.registry.Region;
import org.sanyi.security.CurrentUsers;
import org.sanyi.security.DataScope;
import org.sanyi.shared.facts.DataElement;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The explanation of any figure: the definition (version, numerator and denominator as
 * written), the value with its numerator and denominator, every data element's total
 * behind each side, and the same indicator over each part of the area one level down,
 * largest numerator first, each a link to its own explanation.
 */
@Controller
class ExplainPages {

	private final IndicatorQueries queries;

	private final Areas areas;

	private final Vocabularies vocabularies;

	private final InsuredCounties insuredCounties;

	ExplainPages(IndicatorQueries queries, Areas areas, Vocabularies vocabularies, InsuredCounties insuredCounties) {
		this.insuredCounties = insuredCounties;
		this.queries = queries;
		this.areas = areas;
		this.vocabularies = vocabularies;
	}

	@GetMapping("/monitoring/explain")
	@PreAuthorize("hasAuthority('monitoring:indicator:list')")
	String explain(@RequestParam String indicator, @RequestParam(required = false) String area,
			@RequestParam(required = false) String period, @RequestParam(required = false) String insured,
			Model model) {
		DataScope scope = CurrentUsers.scope();
		Area shown = areas.resolve(area, scope);
		Period p = IndicatorQueries.period(period);
		Region county = insuredCounties.checked(insured);
		Explained explained = queries.explain(queries.snapshot(county == null ? null : county.code()), indicator, shown,
				p, scope);
		List<Part> parts = explained.explanation()
			.parts()
			.stream()
			.sorted(Comparator
				.comparing((Part part) -> part.value().numerator() == null ? BigDecimal.ZERO : part.value().numerator())
				.reversed())
			.toList();
		model.addAttribute("area", shown);
		model.addAttribute("lineage", areas.lineage(shown, scope));
		model.addAttribute("period", p);
		model.addAttribute("d", explained.row());
		model.addAttribute("x", explained.explanation());
		model.addAttribute("parts", parts);
		model.addAttribute("insured", county);
		model.addAttribute("insuredCode", county == null ? "" : county.code());
		model.addAttribute("partAreas", explained.parts());
		model.addAttribute("labels",
				vocabularies.elements()
					.stream()
					.collect(java.util.stream.Collectors.toMap(DataElement::code, DataElement::labelKey)));
		return "monitoring/explain";
	}

}
