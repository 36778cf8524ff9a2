package org.sanyi.pharma.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanyi.pharma.procurement.ProductRow;
import org.sanyi.pharma.procurement.RoundRow;
import org.sanyi.pharma.procurement.Rounds;
import org.sanyi.pharma.progress.Cell;
import org.sanyi.pharma.progress.ProgressRow;
import org.sanyi.pharma.progress.RoundProgress;
import org.sanyi.pharma.progress.RoundProgress.GroupBy;
import org.sanyi.security.CurrentUsers;
import org.sanyi.security.DataScope;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

/**
 * 完成进度: a round's cycle up to a day (today by default, at most the cycle's end), grouped
 * by institution, county, alliance or product, with the institution × product heat map of
 * completion and the institutions behind schedule.
 */
@Controller
class ProgressPages {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Rounds rounds;

	private final RoundProgress progress;

	ProgressPages(Rounds rounds, RoundProgress progress) {
		this.rounds = rounds;
		this.progress = progress;
	}

	@GetMapping("/pharma/progress")
	@PreAuthorize("hasAuthority('pharma:progress:view')")
	String progress(@RequestParam(required = false) Long round, @RequestParam(required = false) LocalDate asOf,
			@RequestParam(required = false) GroupBy by, Model model) {
		DataScope scope = CurrentUsers.scope();
		List<RoundRow> visible = rounds.visible(scope);
		model.addAttribute("rounds", visible);
		model.addAttribute("groupings", GroupBy.values());
		if (visible.isEmpty()) {
			model.addAttribute("report", null);
			return "pharma/progress";
		}
		RoundRow chosen = round == null ? visible.getFirst() : rounds.get(round, scope);
		LocalDate day = asOf != null ? asOf : progress.defaultDay(chosen);
		RoundProgress.Report report = progress.report(chosen, day, by == null ? GroupBy.INSTITUTION : by, scope);
		model.addAttribute("report", report);
		model.addAttribute("heat", JSON.writeValueAsString(heatMap(report)));
		model.addAttribute("bars", JSON.writeValueAsString(bars(report)));
		return "pharma/progress";
	}

	/**
	 * Products across, institutions down, completion in percent per cell (null where
	 * nothing was agreed).
	 */
	private static Map<String, Object> heatMap(RoundProgress.Report report) {
		List<ProductRow> products = report.products();
		Map<Long, Integer> column = new HashMap<>();
		List<String> x = new ArrayList<>();
		for (ProductRow p : products) {
			column.put(p.id(), x.size());
			x.add(p.genericName());
		}
		Map<String, Integer> rowOf = new LinkedHashMap<>();
		List<String> y = new ArrayList<>();
		List<List<Object>> data = new ArrayList<>();
		for (Cell c : report.cells()) {
			if (c.agreed() == 0 || !column.containsKey(c.productId())) {
				continue;
			}
			Integer r = rowOf.computeIfAbsent(c.institutionCode(), k -> {
				y.add(report.institutionNames().getOrDefault(k, k));
				return y.size() - 1;
			});
			BigDecimal pct = BigDecimal.valueOf(c.winning() * 100)
				.divide(BigDecimal.valueOf(c.agreed()), 1, java.math.RoundingMode.HALF_UP);
			data.add(List.<Object>of(column.get(c.productId()), r, pct));
		}
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("x", x);
		chart.put("y", y);
		chart.put("data", data);
		chart.put("time", report.total().progress().timeProgress().movePointRight(2));
		return chart;
	}

	/** The grouped rows: completion and non-winning share against the time progress. */
	private static Map<String, Object> bars(RoundProgress.Report report) {
		List<String> labels = new ArrayList<>();
		List<BigDecimal> completion = new ArrayList<>();
		List<BigDecimal> nonWinning = new ArrayList<>();
		for (ProgressRow r : report.rows()) {
			labels.add(r.label());
			completion.add(r.progress().completion().movePointRight(2));
			nonWinning.add(r.progress().nonWinningShare().movePointRight(2));
		}
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("labels", labels);
		chart.put("completion", completion);
		chart.put("nonWinning", nonWinning);
		chart.put("time", report.total().progress().timeProgress().movePointRight(2));
		return chart;
	}

}
