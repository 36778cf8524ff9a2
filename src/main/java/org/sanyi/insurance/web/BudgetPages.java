package org.sanyi.insurance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sanyi.shared.PlatformTime;
import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.insurance.budget.Band;
import org.sanyi.insurance.budget.BudgetTerms;
import org.sanyi.insurance.budget.YearEnd;
import org.sanyi.insurance.internal.BudgetRow;
import org.sanyi.insurance.internal.BudgetService;
import org.sanyi.insurance.internal.BudgetService.Detail;
import org.sanyi.insurance.internal.BudgetService.MemberLine;
import org.sanyi.insurance.internal.BudgetService.MonthLine;
import org.sanyi.insurance.internal.BudgetService.Proposal;
import org.sanyi.insurance.internal.BudgetService.Summary;
import org.sanyi.insurance.internal.Json;
import org.sanyi.security.AuditAction;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUser;
import org.sanyi.security.CurrentUsers;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.io.ExcelExport;
import org.sanyi.shared.io.ExcelExport.Column;
import org.sanyi.shared.web.Downloads;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 总额预算: the global budgets of medical groups. The bureau (scope region) lists, proposes (new budget or adjusted
 * version), reviews as a second officer, posts the monthly advances and clears a year; the clerk of a group's lead
 * hospital reads its own group's budget. The group page shows budget vs advances vs spend per month (ECharts, data in
 * {@code data-chart}, drawn by {@code static/js/insurance-budget.js}), the members' spend and the year-end result.
 */
@Controller
@PreAuthorize("hasAuthority('insurance:budget:list')")
class BudgetPages {

	private final BudgetService budgets;

	private final InsuranceLabels labels;

	private final AuditLog audit;

	private final MessageSource messages;

	BudgetPages(BudgetService budgets, InsuranceLabels labels, AuditLog audit, MessageSource messages) {
		this.budgets = budgets;
		this.labels = labels;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/insurance/budgets")
	String list(@RequestParam(required = false) String year, @RequestParam(required = false) String fund,
			Model model) {
		String f = fund == null || fund.isBlank() ? null : fund;
		// no parameter: the current year; an empty one (全部): every year, without totals that would mix years
		Integer y = year == null ? Integer.valueOf(PlatformTime.today().getYear()) : year.isBlank() ? null : integer(year);
		List<Summary> rows = budgets.list(CurrentUsers.scope(), y, f);
		model.addAttribute("rows", rows);
		model.addAttribute("mayPropose", budgets.mayPropose(CurrentUsers.scope()));
		model.addAttribute("year", y);
		model.addAttribute("fund", f);
		model.addAttribute("funds", BudgetService.FUNDS);
		model.addAttribute("years", years());
		BigDecimal total = BigDecimal.ZERO;
		BigDecimal spend = BigDecimal.ZERO;
		BigDecimal advanced = BigDecimal.ZERO;
		for (Summary s : rows) {
			if ("APPROVED".equals(s.row().status())) {
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
		List<Summary> rows = budgets.list(CurrentUsers.scope(), year, fund == null || fund.isBlank() ? null : fund);
		audit.record(AuditAction.EXPORT, "insurance:budget", null, rows.size() + " rows; year=" + year + " fund=" + fund);
		InsuranceLabels.Texts t = labels.now();
		ExcelExport<Summary> excel = ExcelExport.of(t.get("insurance.budgets.title"), List.of(
				new Column<>(t.get("insurance.budget.code"), s -> s.row().code()),
				new Column<>(t.get("insurance.budget.group"), s -> s.row().allianceName()),
				new Column<>(t.get("insurance.budget.fund"), s -> t.orCode("insurance.fund.", s.row().fundPayType())),
				new Column<>(t.get("insurance.budget.year"), s -> s.row().year()),
				new Column<>(t.get("insurance.budget.amount"), s -> s.row().amount()),
				new Column<>(t.get("insurance.budget.advanced"), s -> s.advanced().amount()),
				new Column<>(t.get("insurance.budget.spend"), s -> s.spend().amount()),
				new Column<>(t.get("insurance.budget.rate"), Summary::executionRate),
				new Column<>(t.get("insurance.budget.status"), s -> t.get("insurance.budgetStatus." + s.row().status())),
				new Column<>(t.get("insurance.budget.final"), s -> s.clearing() == null ? null : s.clearing().finalAmount()),
				new Column<>(t.get("insurance.budget.balanceDue"),
						s -> s.clearing() == null ? null : s.clearing().balanceDue())));
		return Downloads.xlsx("budgets", out -> excel.write(rows, out));
	}

	@GetMapping("/insurance/budgets/{id}")
	String detail(@PathVariable long id, Model model) {
		DataScope scope = CurrentUsers.scope();
		BudgetRow row = budgets.get(id, scope);
		Detail d = budgets.detail(row);
		InsuranceLabels.Texts t = labels.now();
		model.addAttribute("d", d);
		model.addAttribute("r", row);
		model.addAttribute("terms", describe(d.terms(), t));
		model.addAttribute("history", budgets.history(row));
		model.addAttribute("editable", budgets.editable(row, scope));
		model.addAttribute("me", CurrentUsers.get().username());
		model.addAttribute("chart", chart(d, t));
		model.addAttribute("result", result(d));
		return "insurance/budget";
	}

	@GetMapping("/insurance/budgets/{id}/export")
	@PreAuthorize("hasAuthority('insurance:budget:export')")
	ResponseEntity<StreamingResponseBody> exportMonths(@PathVariable long id) {
		BudgetRow row = budgets.get(id, CurrentUsers.scope());
		Detail d = budgets.detail(row);
		audit.record(AuditAction.EXPORT, "insurance:budget", row.code(), "months");
		InsuranceLabels.Texts t = labels.now();
		ExcelExport<MonthLine> excel = ExcelExport.of(row.code(), List.of(
				new Column<>(t.get("insurance.budget.monthCol"), m -> row.year() + "-" + String.format("%02d", m.month())),
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
		BudgetRow row = budgets.get(id, CurrentUsers.scope());
		Detail d = budgets.detail(row);
		audit.record(AuditAction.EXPORT, "insurance:budget", row.code(), "members");
		InsuranceLabels.Texts t = labels.now();
		ExcelExport<MemberLine> excel = ExcelExport.of(row.code(), List.of(
				new Column<>(t.get("insurance.budget.member"), MemberLine::name),
				new Column<>(t.get("insurance.budget.memberCode"), MemberLine::code),
				new Column<>(t.get("insurance.budget.role"), m -> t.get("insurance.budget.role." + m.role())),
				new Column<>(t.get("insurance.budget.joined"), MemberLine::joinedOn),
				new Column<>(t.get("insurance.budget.left"), MemberLine::leftOn),
				new Column<>(t.get("insurance.budget.settlements"), MemberLine::settlements),
				new Column<>(t.get("insurance.budget.spend"), m -> m.spend().amount())));
		return Downloads.xlsx("budget-members-" + row.code(), out -> excel.write(d.members(), out));
	}

	// --- proposals and review ---------------------------------------------------------------------------------------

	@GetMapping("/insurance/budgets/new")
	@PreAuthorize("hasAuthority('insurance:budget:edit')")
	String newForm(Model model) {
		Map<String, String> typed = new HashMap<>(Map.of("fund", "390100", "year",
				String.valueOf(PlatformTime.today().getYear() + 1), "startMonth", "1", "advanceRule", "EQUAL",
				"advanceRatio", "90", "surplus", "5:100; 60", "overspend", "10:50; 0"));
		return form(model, null, typed, null);
	}

	@PostMapping("/insurance/budgets/new")
	@PreAuthorize("hasAuthority('insurance:budget:edit')")
	String proposeNew(@RequestParam Map<String, String> form, Model model) {
		return propose(null, form, model);
	}

	@GetMapping("/insurance/budgets/{id}/edit")
	@PreAuthorize("hasAuthority('insurance:budget:edit')")
	String editForm(@PathVariable long id, Model model) {
		BudgetRow base = editableRow(id);
		return form(model, base, new HashMap<>(BudgetForm.fields(base.terms())), null);
	}

	@PostMapping("/insurance/budgets/{id}/edit")
	@PreAuthorize("hasAuthority('insurance:budget:edit')")
	String proposeVersion(@PathVariable long id, @RequestParam Map<String, String> form, Model model) {
		return propose(editableRow(id), form, model);
	}

	@PostMapping("/insurance/budgets/{id}/approve")
	@PreAuthorize("hasAuthority('insurance:budget:approve')")
	String approve(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		return review(id, true, note, redirect);
	}

	@PostMapping("/insurance/budgets/{id}/reject")
	@PreAuthorize("hasAuthority('insurance:budget:approve')")
	String reject(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		return review(id, false, note, redirect);
	}

	/** The second officer's decision on a pending version; a refusal is shown on the budget page. */
	private String review(long id, boolean approve, String note, RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		audit.describe("insurance:budget", String.valueOf(id), approve ? "approve" : "reject");
		try {
			if (approve) {
				budgets.approve(id, user.username(), note, user.scope());
			}
			else {
				budgets.reject(id, user.username(), note, user.scope());
			}
			audit.describe("insurance:budget", String.valueOf(id), approve ? "approved" : "rejected");
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", text(ex));
		}
		return "redirect:/insurance/budgets/" + id;
	}

	@PostMapping("/insurance/budgets/{id}/advance")
	@PreAuthorize("hasAuthority('insurance:budget:run')")
	String advance(@PathVariable long id, RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		audit.describe("insurance:budget", String.valueOf(id), "advance");
		try {
			int posted = budgets.advance(id, user.username(), user.scope());
			audit.describe("insurance:budget", String.valueOf(id), "advance: " + posted + " months posted");
			redirect.addFlashAttribute("notice", labels.now().get("insurance.budget.advancePosted", posted));
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", text(ex));
		}
		return "redirect:/insurance/budgets/" + id;
	}

	@PostMapping("/insurance/budgets/{id}/clear")
	@PreAuthorize("hasAuthority('insurance:budget:run')")
	String clear(@PathVariable long id, RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		audit.describe("insurance:budget", String.valueOf(id), "clear");
		try {
			YearEnd result = budgets.clear(id, user.username(), user.scope());
			audit.describe("insurance:budget", String.valueOf(id), "cleared: final " + result.finalAmount()
					+ ", balance due " + result.balanceDue());
			redirect.addFlashAttribute("notice", labels.now().get("insurance.budget.cleared"));
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", text(ex));
		}
		return "redirect:/insurance/budgets/" + id;
	}

	// --- helpers ----------------------------------------------------------------------------------------------------

	private String propose(BudgetRow base, Map<String, String> form, Model model) {
		CurrentUser user = CurrentUsers.get();
		String summary = form.getOrDefault("summary", "").trim();
		audit.describe("insurance:budget", base == null ? form.get("alliance") : String.valueOf(base.id()), "propose");
		try {
			if (summary.isEmpty()) {
				throw new BusinessException(InsuranceErrors.BUDGET_VALUE_INVALID, "summary", "");
			}
			BudgetTerms terms = BudgetForm.terms(form);
			int year = base != null ? base.year() : integer(form.get("year"));
			long created = budgets.propose(new Proposal(base == null ? null : base.id(), form.get("alliance"),
					form.get("fund"), year, terms, summary), user.username(), user.scope());
			audit.describe("insurance:budget", String.valueOf(created), (base == null ? "proposed "
					: "proposed from " + base.code() + ": ") + terms.amount());
			return "redirect:/insurance/budgets/" + created;
		}
		catch (BusinessException ex) {
			return form(model, base, form, text(ex));
		}
	}

	private String form(Model model, BudgetRow base, Map<String, String> typed, String error) {
		model.addAttribute("base", base);
		model.addAttribute("typed", typed);
		model.addAttribute("error", error);
		model.addAttribute("funds", BudgetService.FUNDS);
		DataScope scope = CurrentUsers.scope();
		String region = scope.regionCode() == null ? "" : scope.regionCode();
		model.addAttribute("groups", base != null ? List.of() : budgets.groups(scope, region));
		return "insurance/budget-edit";
	}

	private static int integer(String value) {
		try {
			return Integer.parseInt(value == null ? "" : value.trim());
		}
		catch (NumberFormatException ex) {
			throw new BusinessException(InsuranceErrors.BUDGET_VALUE_INVALID, "year", value);
		}
	}

	private BudgetRow editableRow(long id) {
		DataScope scope = CurrentUsers.scope();
		BudgetRow row = budgets.get(id, scope);
		if (!budgets.editable(row, scope)) {
			throw BusinessException.notFound("budget", id);
		}
		return row;
	}

	/** The error's code and message in the reader's language; a form field named by its label. */
	private String text(BusinessException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		Object[] args = ex.args().clone();
		if ((ex.error() == InsuranceErrors.BUDGET_VALUE_INVALID || ex.error() == InsuranceErrors.BUDGET_BANDS_INVALID)
				&& args.length > 0) {
			args[0] = messages.getMessage("insurance.budget.field." + args[0], null, String.valueOf(args[0]), locale);
		}
		return ex.error().code() + " " + messages.getMessage(ex.error().messageKey(), args, locale);
	}

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
		map.put("rule", terms.advanceRule().kind() == org.sanyi.insurance.budget.AdvanceRule.Kind.EQUAL
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

	/** The year-end figures to show: the stored clearing, or a trial clearing after the year, or none. */
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

	/** The chart's data: month labels, monthly spend, cumulative budget, advances and spend. */
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
