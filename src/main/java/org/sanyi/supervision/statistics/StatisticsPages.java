package org.sanyi.supervision.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUsers;
import org.sanyi.security.DataScope;
import org.sanyi.supervision.statistics.StatisticsRepository.Totals;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 监管统计 (per rule, institution and doctor, with charts) and 飞行检查 (an institution's
 * highest-risk settlements with the reasons, one click from the statistics).
 */
@Controller
class StatisticsPages {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SupervisionStatistics statistics;

	private final SupervisionInstitutionNames names;

	private final AuditLog audit;

	StatisticsPages(SupervisionStatistics statistics, SupervisionInstitutionNames names, AuditLog audit) {
		this.statistics = statistics;
		this.names = names;
		this.audit = audit;
	}

	@GetMapping("/supervision/statistics")
	@PreAuthorize("hasAuthority('supervision:suspicion:list')")
	String statistics(Model model) {
		DataScope scope = CurrentUsers.scope();
		List<SupervisionStatistics.RuleLine> rules = statistics.rules(scope);
		List<Totals> institutions = statistics.institutions(scope);
		List<Totals> doctors = statistics.doctors(scope);
		Set<String> codes = new LinkedHashSet<>();
		institutions.forEach(t -> codes.add(t.code()));
		doctors.forEach(t -> codes.add(t.institution()));
		Map<String, String> institutionNames = names.of(codes);
		model.addAttribute("rules", rules);
		model.addAttribute("reviewRules",
				rules.stream().filter(SupervisionStatistics.RuleLine::onlyDismissed).toList());
		model.addAttribute("institutions", institutions);
		model.addAttribute("doctors", doctors);
		model.addAttribute("names", institutionNames);
		model.addAttribute("ruleChart", ruleChart(rules));
		model.addAttribute("institutionChart", institutionChart(institutions, institutionNames));
		return "supervision/statistics";
	}

	@GetMapping("/supervision/inspection")
	@PreAuthorize("hasAuthority('supervision:inspection:list')")
	String inspection(@RequestParam(required = false) String institution, Model model) {
		DataScope scope = CurrentUsers.scope();
		List<String> choices = statistics.inspectable(scope);
		String chosen = institution == null || institution.isBlank() ? "" : institution.strip();
		model.addAttribute("choices", choices);
		model.addAttribute("names", names.of(choices));
		model.addAttribute("institution", chosen);
		List<SupervisionStatistics.Inspection> list = chosen.isEmpty() ? List.of()
				: statistics.inspection(chosen, scope);
		if (!list.isEmpty()) {
			audit.read("supervision:inspection", chosen, list.size() + " settlements");
		}
		model.addAttribute("inspection", list);
		model.addAttribute("name", chosen.isEmpty() ? "" : names.of(List.of(chosen)).get(chosen));
		return "supervision/inspection";
	}

	/** Per rule: hits and upheld rate (JSON for static/js/supervision.js). */
	static String ruleChart(List<SupervisionStatistics.RuleLine> rules) {
		List<String> labels = new ArrayList<>();
		List<Long> hits = new ArrayList<>();
		List<BigDecimal> upheld = new ArrayList<>();
		for (SupervisionStatistics.RuleLine r : rules) {
			labels.add(r.ruleId());
			hits.add(r.hits());
			upheld.add(r.upheldRate());
		}
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("labels", labels);
		chart.put("hits", hits);
		chart.put("upheldRate", upheld);
		return JSON.writeValueAsString(chart);
	}

	/**
	 * The ten institutions with the largest amounts in question: amount and recovered.
	 */
	static String institutionChart(List<Totals> institutions, Map<String, String> names) {
		List<String> labels = new ArrayList<>();
		List<BigDecimal> amount = new ArrayList<>();
		List<BigDecimal> recovered = new ArrayList<>();
		for (Totals t : institutions.stream().limit(10).toList()) {
			labels.add(names.getOrDefault(t.code(), t.code()));
			amount.add(t.amount());
			recovered.add(t.recovered());
		}
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("labels", labels);
		chart.put("amount", amount);
		chart.put("recovered", recovered);
		return JSON.writeValueAsString(chart);
	}

}
