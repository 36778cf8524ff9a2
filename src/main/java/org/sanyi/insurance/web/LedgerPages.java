package org.sanyi.insurance.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.sanyi.insurance.internal.FundFlows;
import org.sanyi.insurance.internal.InsuranceViews;
import org.sanyi.insurance.internal.InsuranceViews.MonthlyFunds;
import org.sanyi.insurance.internal.InstitutionDirectory;
import org.sanyi.insurance.internal.Json;
import org.sanyi.insurance.internal.ReconciliationService;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUsers;
import org.sanyi.security.DataScope;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 基金账务: fund balances (contributions in, payments out), personal accounts, what the funds owe the institutions,
 * cross-region clearing and the monthly payments chart; and 对账结果: the reconciliation runs, with a button to run
 * one now.
 */
@Controller
class LedgerPages {

	private final InsuranceViews views;

	private final ReconciliationService reconciliation;

	private final InstitutionDirectory institutions;

	private final AuditLog audit;

	private final FundFlows flows;

	LedgerPages(InsuranceViews views, ReconciliationService reconciliation, InstitutionDirectory institutions,
			AuditLog audit, FundFlows flows) {
		this.flows = flows;
		this.views = views;
		this.reconciliation = reconciliation;
		this.institutions = institutions;
		this.audit = audit;
	}

	@GetMapping("/insurance/ledger")
	@PreAuthorize("hasAuthority('insurance:ledger:list')")
	String ledger(Model model) {
		var scope = CurrentUsers.scope();
		var funds = flows.of(scope);
		model.addAttribute("funds", funds.stream().filter(f -> "FUND".equals(f.kind())).toList());
		model.addAttribute("collections", funds.stream().filter(f -> "CONTRIBUTION".equals(f.kind())).toList());
		// funds are pooled at the city: a county sees its settlements' spending, not a fund of its own
		model.addAttribute("ownPrefix", scope.kind() == DataScope.Kind.REGION ? scope.regionPrefix() : "");
		model.addAttribute("belowPooling", scope.kind() == DataScope.Kind.REGION && scope.regionPrefix().length() > 4);
		model.addAttribute("personal", views.personalAccounts(scope));
		var receivables = views.receivables(scope);
		model.addAttribute("receivables", receivables);
		Map<String, String> names = new LinkedHashMap<>();
		receivables.forEach(r -> names.put(r.key(), institutions.find(r.key()).map(i -> i.name()).orElse(r.key())));
		model.addAttribute("names", names);
		model.addAttribute("clearing", views.clearing(scope));
		model.addAttribute("chart", chart(views.monthly(scope)));
		return "insurance/ledger";
	}

	@GetMapping("/insurance/reconciliation")
	@PreAuthorize("hasAuthority('insurance:reconcile:list')")
	String runs(@RequestParam(required = false) Long run, Model model) {
		var runs = reconciliation.recent(30);
		model.addAttribute("runs", runs);
		model.addAttribute("shown", run != null ? reconciliation.find(run).orElse(null)
				: runs.isEmpty() ? null : runs.getFirst());
		return "insurance/reconciliation";
	}

	@PostMapping("/insurance/reconciliation/run")
	@PreAuthorize("hasAuthority('insurance:reconcile:run')")
	String run() {
		var result = reconciliation.run("MANUAL", CurrentUsers.get().username());
		audit.describe("insurance:reconciliation", String.valueOf(result.id()), result.ok() ? "ok"
				: result.problems() + " problems");
		return "redirect:/insurance/reconciliation?run=" + result.id();
	}

	/** The chart's data: months, and per scheme the fund payments of each month (JSON for static/js/insurance.js). */
	static String chart(List<MonthlyFunds> monthly) {
		TreeSet<String> months = new TreeSet<>();
		monthly.forEach(m -> months.add(m.month()));
		Map<String, Object> series = new LinkedHashMap<>();
		for (String insutype : List.of("310", "390")) {
			series.put(insutype, months.stream().map(month -> monthly.stream()
				.filter(m -> m.month().equals(month) && m.insutype().equals(insutype))
				.map(MonthlyFunds::fundTotal)
				.findFirst()
				.orElse(BigDecimal.ZERO)).toList());
		}
		return Json.write(Map.of("months", List.copyOf(months), "series", series));
	}

}
