package org.sanyi.insurance.ledger;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.sanyi.insurance.ledger.LedgerViewRepository.MonthlyFunds;
import org.sanyi.insurance.settlement.InstitutionDirectory;
import org.sanyi.insurance.support.Json;
import org.sanyi.security.CurrentUsers;
import org.sanyi.security.DataScope;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 基金账务: fund balances (contributions in, payments out), personal accounts, what the funds
 * owe the institutions, what they paid enterprises directly for the institutions' drugs,
 * cross-region clearing and the monthly payments chart.
 */
@Controller
class LedgerPages {

	private final LedgerViewRepository views;

	private final InstitutionDirectory institutions;

	private final FundFlowRepository flows;

	private final FundAdjustmentRepository adjustments;

	private final SupplierPaymentService suppliers;

	LedgerPages(LedgerViewRepository views, InstitutionDirectory institutions, FundFlowRepository flows,
			FundAdjustmentRepository adjustments, SupplierPaymentService suppliers) {
		this.suppliers = suppliers;
		this.flows = flows;
		this.adjustments = adjustments;
		this.views = views;
		this.institutions = institutions;
	}

	@GetMapping("/insurance/ledger")
	@PreAuthorize("hasAuthority('insurance:ledger:list')")
	String ledger(Model model) {
		var scope = CurrentUsers.scope();
		var funds = flows.of(scope);
		model.addAttribute("funds", funds.stream().filter(f -> "FUND".equals(f.kind())).toList());
		model.addAttribute("collections", funds.stream().filter(f -> "CONTRIBUTION".equals(f.kind())).toList());
		// funds are pooled at the city: a county sees its settlements' spending, not a
		// fund of its own
		model.addAttribute("ownPrefix", scope.kind() == DataScope.Kind.REGION ? scope.regionPrefix() : "");
		model.addAttribute("belowPooling", scope.kind() == DataScope.Kind.REGION && scope.regionPrefix().length() > 4);
		model.addAttribute("personal", views.personalAccounts(scope));
		var receivables = views.receivables(scope);
		model.addAttribute("receivables", receivables);
		Map<String, String> names = new LinkedHashMap<>();
		receivables.forEach(r -> names.put(r.key(), institutions.find(r.key()).map(i -> i.name()).orElse(r.key())));
		model.addAttribute("names", names);
		model.addAttribute("clearing", views.clearing(scope));
		model.addAttribute("adjustments", adjustments.latest(scope, 20));
		model.addAttribute("suppliers", suppliers.totals(scope));
		model.addAttribute("chart", chart(views.monthly(scope)));
		return "insurance/ledger";
	}

	/**
	 * The chart's data: months, and per scheme the fund payments of each month (JSON for
	 * static/js/insurance.js).
	 */
	static String chart(List<MonthlyFunds> monthly) {
		TreeSet<String> months = new TreeSet<>();
		monthly.forEach(m -> months.add(m.month()));
		Map<String, Object> series = new LinkedHashMap<>();
		for (String insutype : List.of("310", "390")) {
			series.put(insutype,
					months.stream()
						.map(month -> monthly.stream()
							.filter(m -> m.month().equals(month) && m.insutype().equals(insutype))
							.map(MonthlyFunds::fundTotal)
							.findFirst()
							.orElse(BigDecimal.ZERO))
						.toList());
		}
		return Json.write(Map.of("months", List.copyOf(months), "series", series));
	}

}
