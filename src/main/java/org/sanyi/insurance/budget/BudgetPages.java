package org.sanyi.insurance.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanyi.insurance.budget.BudgetStatements.Detail;
import org.sanyi.insurance.budget.BudgetStatements.MemberLine;
import org.sanyi.insurance.budget.BudgetStatements.MonthLine;
import org.sanyi.insurance.budget.BudgetStatements.Summary;
import org.sanyi.insurance.budget.engine.Band;
import org.sanyi.insurance.budget.engine.BudgetTerms;
import org.sanyi.insurance.budget.engine.YearEnd;
import org.sanyi.insurance.support.InsuranceLabels;
import org.sanyi.insurance.support.Json;
import org.sanyi.shared.PlatformTime;
import org.sanyi.security.AuditAction;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUsers;
import org.sanyi.security.DataScope;
import org.sanyi.shared.io.ExcelExport;
import org.sanyi.shared.io.ExcelExport.Column;
import org.sanyi.shared.review.ReviewStatus;
import org.sanyi.shared.web.Downloads;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * 总额预算: the global budgets of medical groups. The bureau (scope region) lists them (its
 * changes are {@link BudgetEditPages}); the clerk of a group's lead hospital reads its
 * own group's budget. The group page shows budget vs advances vs spend per month
 * (ECharts, data in {@code data-chart}, drawn by {@code static/js/insurance-budget.js}),
 * the members' spend and the year-end result.
 */
@Controller
@PreAuthorize("hasAuthority('insurance:budget:list')")
class BudgetPages {

	private final BudgetVersions versions;

	private final BudgetStatements statements;

	private final InsuranceLabels labels;

	private final AuditLog audit;

	BudgetPages(BudgetVersions versions, BudgetStatements statements, InsuranceLabels labels, AuditLog audit) {
		this.versions = versions;
		this.statements = statements;
		this.labels = labels;
		this.audit = audit;
	}

	@GetMapping("/insurance/budgets")
	String list(@RequestParam(required = false) String year, @RequestParam(required = false) String fund, Model model) {
		String f = fund == null || fund.isBlank() ? null : fund;
		// no parameter: the current year; an empty one (全部): every year, without totals
		// that would mix years
		Integer y = year == null ? Integer.valueOf(PlatformTime.today().getYear())
				: year.isBlank() ? null : BudgetForm.year(year);
		List<Summary> rows = statements.list(CurrentUsers.scope(), y, f);
		model.addAttribute("rows", rows);
		model.addAttribute("mayPropose", versions.mayPropose(CurrentUsers.scope()));
		model.addAttribute("year", y);
		model.addAttribute("fund", f);
		model.addAttribute("funds", BudgetVersions.FUNDS);
		model.addAttribute("years", years());
		BigDecimal total = BigDecimal.ZERO;
		BigDecimal spend = BigDecimal.ZERO;
		BigDecimal advanced = BigDecimal.ZERO;
		for (Summary s : rows) {
			if (s.row().status() == ReviewStatus.APPROVED) {
				total = total.add(s.row().amount());
				spend = spend.add(s.spend().amount());
				advanced = advanced.add(s.advanced().amount());
			}
		}
		model.addAttribute("total", total);
		model.addAttribute("spend", spend);
		model.addAttribute("advanced", advanced);
		return "insurance/budgets";
	}

	@GetMapping("/insurance/budgets/export")
	@PreAuthorize("hasAuthority('insurance:budget:export')")
	ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) String fund) {
		List<Summary> rows = statements.list(CurrentUsers.scope(), year, fund == null || fund.isBlank() ? null : fund);
		audit.record(AuditAction.EXPORT, "insurance:budget", null,
				rows.size() + " rows; year=" + year + " fund=" + fund);
		InsuranceLabels.Texts t = labels.now();
		ExcelExport<Summary> excel = ExcelExport.of(t.get("insurance.budgets.title"),
				List.of(new Column<>(t.get("insurance.budget.code"), s -> s.row().code()),
						new Column<>(t.get("insurance.budget.group"), s -> s.row().allianceName()),
						new Column<>(t.get("insurance.budget.fund"),
								s -> t.orCode("insurance.fund.", s.row().fundPayType())),
						new Column<>(t.get("insurance.budget.year"), s -> s.row().year()),
						new Column<>(t.get("insurance.budget.amount"), s -> s.row().amount()),
						new Column<>(t.get("insurance.budget.advanced"), s -> s.advanced().amount()),
						new Column<>(t.get("insurance.budget.spend"), s -> s.spend().amount()),
						new Column<>(t.get("insurance.budget.rate"), Summary::executionRate),
						new Column<>(t.get("insurance.budget.status"),
								s -> t.get("insurance.budgetStatus." + s.row().status())),
						new Column<>(t.get("insurance.budget.final"),
								s -> s.clearing() == null ? null : s.clearing().finalAmount()),
						new Column<>(t.get("insurance.budget.balanceDue"),
								s -> s.clearing() == null ? null : s.clearing().balanceDue())));
		return Downloads.xlsx("budgets", out -> excel.write(rows, out));
	}

	@GetMapping("/insurance/budgets/{id}")
	String detail(@PathVariable long id, Model model) {
		DataScope scope = CurrentUsers.scope();
		BudgetRow row = versions.get(id, scope);
		Detail d = statements.detail(row);
		InsuranceLabels.Texts t = labels.now();
		model.addAttribute("d", d);
		model.addAttribute("r", row);
		model.addAttribute("terms", describe(d.terms(), t));
		model.addAttribute("history", versions.history(row));
		model.addAttribute("editable", versions.editable(row, scope));
		model.addAttribute("me", CurrentUsers.get().username());
		model.addAttribute("chart", chart(d, t));
		model.addAttribute("result", result(d));
		return "insurance/budget";
	}

	@GetMapping("/insurance/budgets/{id}/export")
	@PreAuthorize("hasAuthority('insurance:budget:export')")
	ResponseEntity<StreamingResponseBody> exportMonths(@PathVariable long id) {
		BudgetRow row = versions.get(id, CurrentUsers.scope());
		Detail d = statements.detail(row);
		audit.record(AuditAction.EXPORT, "insurance:budget", row.code(), "months");
		InsuranceLabels.Texts t = labels.now();
		ExcelExport<MonthLine> excel = ExcelExport.of(row.code(),
				List.of(new Column<>(t.get("insurance.budget.monthCol"),
						m -> row.year() + "-" + String.format("%02d", m.month())),
						new Column<>(t.get("insurance.budget.monthBudget"), m -> m.budget().amount()),
						new Column<>(t.get("insurance.budget.cumBudget"), m -> m.cumulativeBudget().amount()),
						new Column<>(t.get("insurance.budget.advance"), m -> m.advance().amount()),
						new Column<>(t.get("insurance.budget.cumAdvance"), m -> m.cumulativeAdvance().amount()),
						new Column<>(t.get("insurance.budget.monthSpend"), m -> m.spend().amount()),
						new Column<>(t.get("insurance.budget.cumSpend"), m -> m.cumulativeSpend().amount()),
						new Column<>(t.get("insurance.budget.settlements"), MonthLine::settlements)));
		return Downloads.xlsx("budget-" + row.code(), out -> excel.write(d.months(), out));
	}

	@GetMapping("/insurance/budgets/{id}/members/export")
	@PreAuthorize("hasAuthority('insurance:budget:export')")
	ResponseEntity<StreamingResponseBody> exportMembers(@PathVariable long id) {
		BudgetRow row = versions.get(id, CurrentUsers.scope());
		Detail d = statements.detail(row);
		audit.record(AuditAction.EXPORT, "insurance:budget", row.code(), "members");
		InsuranceLabels.Texts t = labels.now();
		ExcelExport<MemberLine> excel = ExcelExport.of(row.code(),
				List.of(new Column<>(t.get("insurance.budget.member"), MemberLine::name),
						new Column<>(t.get("insurance.budget.memberCode"), MemberLine::code),
						new Column<>(t.get("insurance.budget.role"), m -> t.get("insurance.budget.role." + m.role())),
						new Column<>(t.get("insurance.budget.joined"), MemberLine::joinedOn),
						new Column<>(t.get("insurance.budget.left"), MemberLine::leftOn),
						new Column<>(t.get("insurance.budget.settlements"), MemberLine::settlements),
						new Column<>(t.get("insurance.budget.spend"), m -> m.spend().amount())));
		return Downloads.xlsx("budget-members-" + row.code(), out -> excel.write(d.members(), out));
	}

	// --- helpers
	// ----------------------------------------------------------------------------------------------------

	private List<Integer> years() {
		int now = PlatformTime.today().getYear();
		List<Integer> years = new ArrayList<>();
		for (int y = now + 1; y >= now - 3; y--) {
			years.add(y);
		}
		return years;
	}

	/** The terms in words: advance rule, ratio, the surplus and overspend bands. */
	static Map<String, String> describe(BudgetTerms terms, InsuranceLabels.Texts t) {
		Map<String, String> map = new LinkedHashMap<>();
		map.put("period", t.get("insurance.budget.periodText", terms.startMonth()));
		map.put("rule",
				terms.advanceRule().kind() == org.sanyi.insurance.budget.engine.AdvanceRule.Kind.EQUAL
						? t.get("insurance.budget.rule.EQUAL", terms.months())
						: t.get("insurance.budget.rule.SCHEDULE", BudgetForm.fields(terms).get("schedule")));
		map.put("ratio", BudgetForm.pct(terms.advanceRatio()) + "%");
		map.put("surplus", bands(terms.surplusBands(), "surplus", t));
		map.put("overspend", bands(terms.overspendBands(), "overspend", t));
		return map;
	}

	private static String bands(List<Band> bands, String kind, InsuranceLabels.Texts t) {
		List<String> parts = new ArrayList<>();
		String from = "0";
		for (Band b : bands) {
			String share = BudgetForm.pct(b.share());
			parts.add(b.upTo() == null ? t.get("insurance.budget.band." + kind + ".rest", from, share)
					: t.get("insurance.budget.band." + kind, from, BudgetForm.pct(b.upTo()), share));
			from = b.upTo() == null ? from : BudgetForm.pct(b.upTo());
		}
		return String.join(t.get("insurance.budget.band.separator"), parts);
	}

	/**
	 * The year-end figures to show: the stored clearing, or a trial clearing after the
	 * year, or none.
	 */
	private static Map<String, Object> result(Detail d) {
		if (d.clearing() != null) {
			var c = d.clearing();
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("budget", c.budget());
			m.put("spend", c.spend());
			m.put("surplus", c.surplus());
			m.put("overspend", c.overspend());
			m.put("retained", c.retained());
			m.put("fundShare", c.fundShare());
			m.put("groupShare", c.groupShare());
			m.put("final", c.finalAmount());
			m.put("advanced", c.advanced());
			m.put("balanceDue", c.balanceDue());
			return m;
		}
		if (d.trial() != null) {
			YearEnd r = d.trial();
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("budget", r.budget().amount());
			m.put("spend", r.spend().amount());
			m.put("surplus", r.surplus().amount());
			m.put("overspend", r.overspend().amount());
			m.put("retained", r.retained().amount());
			m.put("fundShare", r.fundShare().amount());
			m.put("groupShare", r.groupShare().amount());
			m.put("final", r.finalAmount().amount());
			m.put("advanced", r.advanced().amount());
			m.put("balanceDue", r.balanceDue().amount());
			return m;
		}
		return null;
	}

	/**
	 * The chart's data: month labels, monthly spend, cumulative budget, advances and
	 * spend.
	 */
	static String chart(Detail d, InsuranceLabels.Texts t) {
		List<String> months = new ArrayList<>();
		List<BigDecimal> spend = new ArrayList<>();
		List<BigDecimal> budget = new ArrayList<>();
		List<BigDecimal> advance = new ArrayList<>();
		List<BigDecimal> cumSpend = new ArrayList<>();
		for (MonthLine m : d.months()) {
			if (m.month() < d.terms().startMonth()) {
				continue;
			}
			months.add(t.get("insurance.budget.monthLabel", m.month()));
			spend.add(m.spend().amount());
			budget.add(m.cumulativeBudget().amount());
			advance.add(m.cumulativeAdvance().amount());
			cumSpend.add(m.cumulativeSpend().amount());
		}
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("months", months);
		data.put("spend", spend);
		data.put("budget", budget);
		data.put("advance", advance);
		data.put("cumSpend", cumSpend);
		return Json.write(data);
	}

}
